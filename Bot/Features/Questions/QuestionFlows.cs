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
public sealed class AskFlow(BotTexts texts, IOptions<ClubOptions> club) : IFlow
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
        var staff = await update.Db.Set<Person>().Where(p => p.TelegramUserId != null && club.Value.Admins.Contains(p.TelegramUserId.Value) && p.ChatId != null)
            .Select(p => p.ChatId!.Value).ToListAsync();
        var who = context.Person!.Name ?? context.Person.TelegramName;
        var button = new InlineKeyboardMarkup([[new InlineKeyboardButton(texts["ButtonAnswer"], CallbackData.Make(AnswerButtons.Name, "q", "answer", question.Id.ToString()))]]);
        foreach (var chat in staff)
            update.Outbox.SendText(chat, texts.Format("QuestionForStaff", who, context.Person.Phone ?? texts["NoPhone"], text), button, OutboxPriority.Bulk);
        await context.LeaveAsync(texts["QuestionSent"]);
    }
}

/// <summary>A coordinator's answer to one question; it reaches the person who asked.</summary>
public sealed class AnswerFlow(BotTexts texts) : IFlow
{
    public string Name => "qa";

    public Task StartAsync(FlowContext context) => context.LeaveAsync();

    public async Task OpenAsync(FlowContext context, long questionId)
    {
        var question = await context.Update.Db.Set<CoordinatorQuestion>().Include(q => q.Person).SingleOrDefaultAsync(q => q.Id == questionId);
        if (question is null || question.AnsweredAt is not null)
        {
            context.Say(question is null ? texts["OldButton"] : texts.Format("AlreadyAnswered", question.Answer));
            return;
        }

        context.Session.Flow = Name;
        context.Session.State = "Answer";
        context.SaveDraft(new Selection { QuestionId = questionId });
        await ShowAsync(context);
    }

    public async Task ShowAsync(FlowContext context)
    {
        var question = await context.Update.Db.Set<CoordinatorQuestion>().FindAsync(context.Draft<Selection>().QuestionId);
        context.AskText(texts.Format("AskAnswer", question?.Text));
    }

    public Task BackAsync(FlowContext context) => context.LeaveAsync();

    public async Task HandleAsync(FlowContext context, Input input)
    {
        var text = input.Text?.Trim();
        if (!context.Audience.IsStaff || input.Kind != InputKind.Text || text is null || text.Length is < 2 or > 2000)
        {
            context.AnswerWrongInput(input, "AnswerInvalid");
            await ShowAsync(context);
            return;
        }

        var question = await context.Update.Db.Set<CoordinatorQuestion>().Include(q => q.Person).SingleAsync(q => q.Id == context.Draft<Selection>().QuestionId);
        if (question.AnsweredAt is not null)
        {
            await context.LeaveAsync(texts.Format("AlreadyAnswered", question.Answer));
            return;
        }

        question.Answer = text;
        question.AnsweredAt = context.Update.Now;
        question.AnsweredBy = context.UserId;
        if (question.Person?.ChatId is { } chat)
            context.Update.Outbox.SendText(chat, texts.Format("AnswerFromCoordinator", question.Text, text));
        await context.LeaveAsync(texts["AnswerSent"]);
    }

    public sealed class Selection
    {
        public long QuestionId { get; set; }
    }
}

/// <summary>«✍️ Ответить» under a question: staff only.</summary>
public sealed class AnswerButtons(AnswerFlow flow, BotTexts texts) : IMessageButtons
{
    public const string Name = "qb";

    public string Prefix => Name;

    public Task HandleAsync(FlowContext context, CallbackData data)
    {
        if (!context.Audience.IsStaff || data.Action != "answer" || !long.TryParse(data.Argument, out var id))
        {
            context.Update.CallbackAnswer = texts["StaffOnly"];
            return Task.CompletedTask;
        }

        context.RemovePressedButtons();
        return flow.OpenAsync(context, id);
    }
}

/// <summary>The menu's entry to <see cref="AskFlow"/>, for everyone.</summary>
internal sealed class AskMenuEntry(AskFlow flow) : IMenuEntry
{
    public string LabelKey => "MenuAskCoordinator";

    public int Order => 88;

    public bool IsFor(Audience audience) => !audience.IsStaff;

    public Task OpenAsync(FlowContext context) => context.EnterAsync(flow);
}
