using ClubBot.Conversations;
using ClubBot.People;
using ClubBot.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Pipeline;

/// <summary>
/// The person and the session are read with plain commands on the hot path; a column added to the model and not to
/// those commands would be read as its default and, for the session, written back as one.
/// </summary>
public sealed class HotPathColumnsTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public void ThePersonsPlainRead_TakesEveryColumnOfPeople()
    {
        using var db = _database.Open();
        var columns = db.Model.FindEntityType(typeof(Person))!.GetProperties().Select(p => p.GetColumnName());

        Assert.Equal(columns.Order(StringComparer.Ordinal), SenderOnRecord.Columns.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheSessionsPlainReadAndWrite_CoverEveryColumnOfConversationSessions()
    {
        using var db = _database.Open();
        var columns = db.Model.FindEntityType(typeof(ConversationSession))!.GetProperties().Select(p => p.GetColumnName());

        Assert.Equal(columns.Order(StringComparer.Ordinal), SessionOnRecord.Columns.Order(StringComparer.Ordinal));
    }

    public void Dispose() => _database.Dispose();
}
