using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.Extensions.Options;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.OneAnswerState, ClubBot.Conversations.OneAnswerTrigger, ClubBot.Features.Questions.AskFlow.Question>;

namespace ClubBot.Features.Questions;

/// <summary>«❓ Вопрос координатору» (P9): the centre's phone, and a question typed once, forwarded to coordinators.</summary>
public sealed class AskFlow(BotTexts texts, IOptions<ClubOptions> club, StaffDirectory staffDirectory) : OneAnswerFlow<AskFlow.Question>("QuestionInvalid")
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
        var who = context.Person!.Name ?? context.Person.TelegramName;
        var button = new InlineKeyboardMarkup([[new InlineKeyboardButton(texts["ButtonAnswer"], CallbackData.Make(AnswerButtons.Name, "q", "answer", question.Id.ToString()))]]);
        foreach (var chat in staff)
            update.Outbox.SendText(chat, texts.Format("QuestionForStaff", who, PhoneText.Show(context.Person.Phone) ?? texts["NoPhone"], text), button, OutboxPriority.Bulk);
        await context.LeaveAsync(texts["QuestionSent"]);
    }

    public sealed class Question
    {
        public string Text { get; set; } = "";
    }
}
