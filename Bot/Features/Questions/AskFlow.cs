using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.Extensions.Options;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.OneAnswerState, ClubBot.Conversations.OneAnswerTrigger, ClubBot.Features.Questions.AskFlow.Question>;

namespace ClubBot.Features.Questions;

/// <summary>«❓ Вопрос координатору» (P9): the centre's phone, and a question typed once, forwarded to coordinators.</summary>
public sealed class AskFlow(BotTexts texts, IOptions<ClubOptions> club, StaffDirectory staffDirectory, QuestionCards cards) : OneAnswerFlow<AskFlow.Question>("QuestionInvalid")
{
    public override string Name => "aq";

    protected override Task ShowStepAsync(Turn turn)
    {
        turn.Context.AskText(texts.Format("AskQuestion", club.Value.Phone));
        return Task.CompletedTask;
    }

    protected override bool Accept(Question draft, string text)
    {
        draft.Text = text;
        return text.Length is >= 3 and <= 2000 && text.Any(char.IsLetter);
    }

    protected override async Task ActAsync(Turn turn)
    {
        var (context, update, text) = (turn.Context, turn.Update, turn.Draft.Text);
        var question = new CoordinatorQuestion { Person = context.Person!, Text = text, AskedAt = update.Now };
        update.Db.Add(question);
        await update.FlushAsync();
        var staff = await staffDirectory.ChatsAsync(update.Db);
        foreach (var chat in staff)
            update.Outbox.SendText(chat, cards.Text(question), cards.AnswerButton(question), OutboxPriority.Bulk);
        // With no coordinator in the bot yet the question waits in «❓ Вопросы»; an urgent matter needs the phone.
        await context.LeaveAsync(staff.Count == 0 ? texts.Format("QuestionWaitsNoStaff", club.Value.Phone) : texts["QuestionSent"]);
    }

    public sealed class Question
    {
        public string Text { get; set; } = "";
    }
}
