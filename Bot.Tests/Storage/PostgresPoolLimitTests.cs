using ClubBot.Storage;
using Npgsql;

namespace ClubBot.Tests.Storage;

public sealed class PostgresPoolLimitTests
{
    [Fact]
    public void WithoutAPoolSize_OneInstanceKeepsToTwentyConnections() =>
        Assert.Equal(20, new NpgsqlConnectionStringBuilder(StorageServiceCollectionExtensions.WithPoolLimit("Host=db;Username=bot;Password=x;Database=club")).MaxPoolSize);

    [Fact]
    public void APoolSizeInTheConnectionString_IsKept() =>
        Assert.Equal(50, new NpgsqlConnectionStringBuilder(StorageServiceCollectionExtensions.WithPoolLimit("Host=db;Username=bot;Password=x;Maximum Pool Size=50")).MaxPoolSize);
}
