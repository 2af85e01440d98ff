using ClubBot.Conversations;
using ClubBot.Features.Activities;
using ClubBot.Features.Help;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Storage;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Surveys;

/// <summary>
/// The occasions a survey is offered on, as calls the scheduler (or anyone) makes. Each writes the invitation
/// and its message in the caller's unit of work; an occasion already offered to the person is skipped, so a
/// job that runs twice invites once.
/// </summary>
public sealed class SurveyInvitations(BotTexts texts, IOptions<SurveyOptions> options, IOptions<ConversationOptions> conversations)
{
    /// <summary>No invitation in the first hour after registering: the person has just answered a dozen questions.</summary>
    public static readonly TimeSpan QuietAfterRegistering = TimeSpan.FromHours(1);

    /// <summary>Someone who wrote to the bot this recently is still busy with it.</summary>
    public static readonly TimeSpan IdleAfter = TimeSpan.FromMinutes(5);

    /// <summary>After an activity: everyone marked as having come.</summary>
    public async Task<int> AfterActivityAsync(BotDbContext db, OutboxWriter outbox, long activityId, DateTime now)
    {
        var activity = await db.Set<Activity>().SingleAsync(a => a.Id == activityId);
        var people = await db.Set<SignUp>().Where(s => s.ActivityId == activityId && s.State == SignUpState.Confirmed && s.Attended == true)
            .Select(s => s.Person!).ToListAsync();
        var sent = 0;
        foreach (var person in people)
            if (await InviteAsync(db, outbox, person, options.Value.AfterActivity, $"activity:{activityId}", now, i => (i.ActivityId, i.ActivityKind) = (activity.Id, activity.Kind)))
                sent++;
        return sent;
    }

    /// <summary>After a request is done: the person who asked.</summary>
    public async Task<bool> AfterRequestAsync(BotDbContext db, OutboxWriter outbox, long requestId, DateTime now)
    {
        var request = await db.Set<HelpRequest>().Include(r => r.Person).SingleAsync(r => r.Id == requestId);
        return request.Status == RequestStatus.Done
            && await InviteAsync(db, outbox, request.Person!, options.Value.AfterRequest, $"request:{requestId}", now, i => (i.RequestId, i.Service) = (request.Id, request.Service));
    }

    /// <summary>The monthly mood check: every registered person the bot can reach.</summary>
    public async Task<int> MonthlyMoodAsync(BotDbContext db, OutboxWriter outbox, DateOnly month, DateTime now)
    {
        var occasion = $"mood:{month:yyyy-MM}";
        // Asked once a month: only people not yet invited this month are read, so a run every minute stays cheap.
        var people = await db.Set<Person>()
            .Where(p => p.RegisteredAt != null && p.ErasedAt == null && p.ChatId != null && p.UnreachableSince == null
                && !db.Set<SurveyInvitation>().Any(i => i.PersonId == p.Id && i.Occasion == occasion))
            .ToListAsync();
        var sent = 0;
        foreach (var person in people)
            if (await InviteAsync(db, outbox, person, options.Value.MonthlyMood, occasion, now))
                sent++;
        return sent;
    }

    /// <summary>The needs survey, offered once after registering.</summary>
    public Task<bool> NeedsAsync(BotDbContext db, OutboxWriter outbox, Person person, DateTime now) =>
        InviteAsync(db, outbox, person, options.Value.Needs, "needs", now);

    private async Task<bool> InviteAsync(BotDbContext db, OutboxWriter outbox, Person person, string questionnaireId, string occasion, DateTime now, Action<SurveyInvitation>? describe = null)
    {
        if (options.Value.Find(questionnaireId) is not { } questionnaire || person.ChatId is not { } chat || person.ErasedAt is not null)
            return false;
        var asked = db.ChangeTracker.Entries<SurveyInvitation>().Any(e => e.Entity.PersonId == person.Id && e.Entity.Questionnaire == questionnaireId && e.Entity.Occasion == occasion)
            || await db.Set<SurveyInvitation>().AnyAsync(i => i.PersonId == person.Id && i.Questionnaire == questionnaireId && i.Occasion == occasion);
        if (asked || await IsBusyAsync(db, person, chat, now))
            return false;

        var invitation = new SurveyInvitation { Person = person, Questionnaire = questionnaireId, Occasion = occasion, CreatedAt = now };
        describe?.Invoke(invitation);
        db.Add(invitation);
        outbox.SendText(chat, texts.Format("SurveyInvitation", questionnaire.Title, questionnaire.Intro), new InlineKeyboardMarkup(
        [
            [new InlineKeyboardButton(texts["ButtonTakeSurvey"], SurveyButtons.Data("start", questionnaireId, occasion))],
            [new InlineKeyboardButton(texts["ButtonNotNow"], SurveyButtons.Data("later", questionnaireId, occasion))],
        ]), OutboxPriority.Bulk);
        return true;
    }

    /// <summary>
    /// An invitation in the middle of a conversation would pull the person away from what they were doing. Nothing is
    /// recorded, so the next run of the occasions (every minute) offers it again, once they are idle.
    /// </summary>
    private async Task<bool> IsBusyAsync(BotDbContext db, Person person, long chat, DateTime now)
    {
        if (person.RegisteredAt > now - QuietAfterRegistering)
            return true;
        var session = await db.Set<ConversationSession>().AsNoTracking().SingleOrDefaultAsync(s => s.ChatId == chat);
        // The time on record may be up to a minute behind, so the wait is counted from a minute earlier.
        return session is not null && (session.UpdatedAt > now - IdleAfter - TimeOnRecord.Precision
            || (session.Flow is not null && session.UpdatedAt > now - TimeSpan.FromHours(conversations.Value.SessionTimeoutHours)));
    }
}
