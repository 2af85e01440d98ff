using ClubBot.Features.Surveys;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Privacy;

/// <summary>
/// Deletes what identifies a person, in the caller's unit of work. The row stays with only its category and
/// dates, so the centre's counts (registered, by category) remain true without naming anyone. Stored
/// messages of the chat go too, since they hold what the person typed.
/// </summary>
public static class PersonEraser
{
    public static async Task EraseAsync(UpdateContext context, Person person, CancellationToken ct = default)
    {
        var chatId = person.ChatId;
        person.Name = null;
        person.Phone = null;
        person.Settlement = null;
        person.Interests = null;
        person.TelegramName = null;
        person.TelegramUserId = null;
        person.ChatId = null;
        person.ErasedAt = context.Now;
        var db = context.Db;
        // Scores stay for the centre's figures, anonymous now; words typed in answers could name someone.
        foreach (var answer in await db.Set<SurveyAnswer>().Where(a => a.Invitation!.PersonId == person.Id && a.Text != null).ToListAsync(ct))
            answer.Text = null;
        if (chatId is not { } chat)
            return;

        db.RemoveRange(await db.Set<InboxUpdate>().Where(u => u.ChatId == chat && u.HandledAt != null).ToListAsync(ct));
        db.RemoveRange(await db.Set<OutboxMessage>().Where(m => m.ChatId == chat && m.State != OutboxState.Pending).ToListAsync(ct));
    }
}
