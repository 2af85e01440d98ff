using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Questions;

/// <summary>«❓ Вопрос координатору» (P9): the centre's phone, and a question typed once, forwarded to coordinators.</summary>
public sealed class AskFlow(BotTexts texts, IOptions<ClubOptions> club, StaffDirectory staffDirectory) : IFlow
{
    public string Name => "aq";

    public Task StartAsync(FlowContext context)
    {
        context.Session.State = "Question";
        return ShowAsync(context);
    }

    public Task ShowAsync(FlowContext context)
    {
        context.AskText(texts.Format("AskQuestion", club.Value.Phone));
        return Task.CompletedTask;
    }

    public Task BackAsync(FlowContext context) => context.LeaveAsync();

    public async Task HandleAsync(FlowContext context, Input input)
    {
        var text = input.Text?.Trim();
        if (input.Kind != InputKind.Text || text is null || text.Length is < 3 or > 2000 || !text.Any(char.IsLetter))
        {
            context.AnswerWrongInput(input, "QuestionInvalid");
            await ShowAsync(context);
            return;
        }

        var update = context.Update;
        var question = new CoordinatorQuestion { Person = context.Person!, Text = text, AskedAt = update.Now };
        update.Db.Add(question);
        await update.FlushAsync();
        var staff = await staffDirectory.ChatsAsync(update.Db);
        var who = context.Person!.Name ?? context.Person.TelegramName;
        var button = new InlineKeyboardMarkup([[new InlineKeyboardButton(texts["ButtonAnswer"], CallbackData.Make(AnswerButtons.Name, "q", "answer", question.Id.ToString()))]]);
        foreach (var chat in staff)
            update.Outbox.SendText(chat, texts.Format("QuestionForStaff", who, context.Person.Phone ?? texts["NoPhone"], text), button, OutboxPriority.Bulk);
        await context.LeaveAsync(texts["QuestionSent"]);
    }
}
