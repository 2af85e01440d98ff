using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Questions;

/// <summary>Takes a person's question: kept, sent to every coordinator in the bot, and the person told what happens next.</summary>
public sealed class QuestionDesk(BotTexts texts, StaffDirectory staffDirectory, QuestionCards cards) : ICallRequests
{
    /// <summary>What to tell the person once their question is taken.</summary>
    public async Task<string> TakeAsync(UpdateContext update, Person person, string text)
    {
        var question = new CoordinatorQuestion { Person = person, Text = text, AskedAt = update.Now };
        update.Db.Add(question);
        await update.FlushAsync();
        var staff = await staffDirectory.ChatsAsync(update.Db);
        foreach (var chat in staff)
            update.Outbox.SendText(chat, cards.Text(question), cards.AnswerButton(question), OutboxPriority.Bulk);
        // With no coordinator in the bot yet the question waits in «❓ Вопросы»; an urgent matter needs the phone.
        return staff.Count == 0 ? texts.WithPhone("QuestionWaitsNoStaff") : texts["QuestionSent"];
    }

    /// <summary>A call asked for is a question whose answer is the call; it waits in the same queue and is told the same way.</summary>
    public async Task<string> RequestAsync(UpdateContext update, Person person, string reason)
    {
        var text = texts.Format("CallRequested", reason);
        if (!await update.Db.Set<CoordinatorQuestion>().AnyAsync(q => q.PersonId == person.Id && q.Text == text && q.AnsweredAt == null))
            await TakeAsync(update, person, text);
        return texts.WithPhone("CallWillCome");
    }
}
