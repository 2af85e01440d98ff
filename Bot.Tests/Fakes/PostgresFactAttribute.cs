namespace ClubBot.Tests.Fakes;

/// <summary>
/// A test against the PostgreSQL server named by CLUBBOT_TEST_POSTGRES (.ci/run starts one and sets it).
/// On a developer machine without it the test is skipped and says why; in CI it runs, so a missing server fails.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresDatabase.ServerConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = PostgresDatabase.MissingServer;
    }
}
