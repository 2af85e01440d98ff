using System.Globalization;
using ClubBot.Conversations;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Surveys;

/// <summary>
/// Taking a survey (P7): one question a message, «Пропустить» where allowed, each answer stored as it comes,
/// so a survey left halfway resumes at the first unanswered question. The session's state is the question's
/// id, which makes a button from an earlier question recognisable as old.
/// </summary>
public sealed class SurveyFlow(BotTexts texts, IOptions<SurveyOptions> options) : IFlow
{
    private static readonly string[] Faces = ["😞", "🙁", "😐", "🙂", "😊"];

    public string Name => "sv";

    public Task StartAsync(FlowContext context) => context.LeaveAsync();

    public async Task StartForAsync(FlowContext context, SurveyInvitation invitation)
    {
        if (invitation.State == InvitationState.Invited)
            invitation.State = InvitationState.InProgress;
        var questionnaire = options.Value.Find(invitation.Questionnaire);
        var answered = await context.Update.Db.Set<SurveyAnswer>().Where(a => a.InvitationId == invitation.Id).Select(a => a.Question).ToListAsync();
        var next = questionnaire?.Questions.FirstOrDefault(q => !answered.Contains(q.Id));
        if (questionnaire is null || next is null)
        {
            await FinishAsync(context, invitation);
            return;
        }

        context.Session.Flow = Name;
        context.Session.State = next.Id;
        context.SaveDraft(new SurveyDraft { InvitationId = invitation.Id });
        if (answered.Count == 0)
            context.Preface(texts.Format("SurveyStarts", questionnaire.Title));
        else
            context.Preface(texts["SurveyResumes"]);
        Show(context, questionnaire, next, new SurveyDraft());
    }

    public async Task ShowAsync(FlowContext context)
    {
        var (invitation, questionnaire, question) = await CurrentAsync(context);
        if (invitation is null || questionnaire is null || question is null)
            await context.LeaveAsync();
        else
            Show(context, questionnaire, question, context.Draft<SurveyDraft>());
    }

    public async Task BackAsync(FlowContext context)
    {
        var (invitation, questionnaire, question) = await CurrentAsync(context);
        var index = questionnaire?.Questions.IndexOf(question!) ?? -1;
        if (invitation is null || index <= 0)
        {
            await context.LeaveAsync(texts["SurveyKept"]);
            return;
        }

        var previous = questionnaire!.Questions[index - 1];
        context.Session.State = previous.Id;
        var draft = context.Draft<SurveyDraft>();
        draft.Toggled = [];
        context.SaveDraft(draft);
        Show(context, questionnaire, previous, draft);
    }

    public async Task HandleAsync(FlowContext context, Input input)
    {
        var (invitation, questionnaire, question) = await CurrentAsync(context);
        if (invitation is null || questionnaire is null || question is null)
        {
            await context.LeaveAsync();
            return;
        }

        var draft = context.Draft<SurveyDraft>();
        var data = context.ButtonFor(input, Name, question.Id);
        var answer = Read(context, question, draft, input, data);
        if (answer is Reading.Toggled)
        {
            context.SaveDraft(draft);
            context.ReplacePressedButtons(Buttons(questionnaire, question, draft));
            return;
        }

        if (answer is not Reading.Answer given)
        {
            context.AnswerWrongInput(input, question.Kind == SurveyQuestion.Text ? "SurveyTextInvalid" : null);
            Show(context, questionnaire, question, draft);
            return;
        }

        if (input.Kind == InputKind.Callback)
            context.RemovePressedButtons();
        await SaveAsync(context, invitation, question, given);
        var next = questionnaire.Questions.SkipWhile(q => q != question).Skip(1).FirstOrDefault();
        if (next is null)
        {
            await FinishAsync(context, invitation);
            return;
        }

        context.Session.State = next.Id;
        draft.Toggled = [];
        context.SaveDraft(draft);
        Show(context, questionnaire, next, draft);
    }

    private Reading? Read(FlowContext context, SurveyQuestion question, SurveyDraft draft, Input input, CallbackData? data)
    {
        var skip = data?.Action == "skip" || (input.Kind == InputKind.Text && context.Keyboards.Is(input.Text, "ButtonSkip"));
        if (skip)
            return question.Required ? null : new Reading.Answer(null, null, null, Skipped: true);
        switch (question.Kind)
        {
            case SurveyQuestion.Scale when data?.Action == "score" && int.TryParse(data.Argument, out var score) && score is >= 1 and <= 5:
                return new Reading.Answer(score, null, null, false);
            case SurveyQuestion.Scale when input.Kind == InputKind.Text && input.Text is ['1' or '2' or '3' or '4' or '5']:
                return new Reading.Answer(input.Text[0] - '0', null, null, false);
            case SurveyQuestion.Single when data?.Action == "pick" && Option(question, data.Argument) is { } picked:
                return new Reading.Answer(null, picked, null, false);
            case SurveyQuestion.Multiple when data?.Action == "toggle" && Option(question, data.Argument) is { } option:
                if (!draft.Toggled.Remove(option))
                    draft.Toggled.Add(option);
                return new Reading.Toggled();
            case SurveyQuestion.Multiple when data?.Action == "done" && (draft.Toggled.Count > 0 || !question.Required):
                return draft.Toggled.Count == 0
                    ? new Reading.Answer(null, null, null, Skipped: true)
                    : new Reading.Answer(null, string.Join('\n', question.Options.Where(draft.Toggled.Contains)), null, false);
            case SurveyQuestion.Text when input.Kind == InputKind.Text && input.Text!.Trim() is { Length: >= 2 and <= 2000 } text && text.Any(char.IsLetterOrDigit):
                return new Reading.Answer(null, null, text, false);
            default:
                return null;
        }
    }

    private async Task SaveAsync(FlowContext context, SurveyInvitation invitation, SurveyQuestion question, Reading.Answer given)
    {
        var db = context.Update.Db;
        var answer = await db.Set<SurveyAnswer>().SingleOrDefaultAsync(a => a.InvitationId == invitation.Id && a.Question == question.Id);
        if (answer is null)
        {
            answer = new SurveyAnswer { InvitationId = invitation.Id, Question = question.Id };
            db.Add(answer);
        }

        (answer.Score, answer.Choices, answer.Text, answer.Skipped, answer.AnsweredAt) = (given.Score, given.Choices, given.Text, given.Skipped, context.Update.Now);
    }

    private async Task FinishAsync(FlowContext context, SurveyInvitation invitation)
    {
        invitation.State = InvitationState.Completed;
        invitation.CompletedAt = context.Update.Now;
        await context.LeaveAsync(texts["SurveyThanks"]);
    }

    private void Show(FlowContext context, Questionnaire questionnaire, SurveyQuestion question, SurveyDraft draft)
    {
        var number = questionnaire.Questions.IndexOf(question) + 1;
        var text = texts.Format("SurveyQuestionHeader", number, questionnaire.Questions.Count) + "\n" + question.Prompt;
        if (question.Kind == SurveyQuestion.Scale)
            text += "\n\n" + string.Join('\n', question.Labels.Select((l, i) => $"{i + 1} — {l}"));
        if (question.Kind == SurveyQuestion.Text)
            context.AskText(text, question.Required ? null : new KeyboardButton(texts["ButtonSkip"]));
        else
            context.Ask(text, Buttons(questionnaire, question, draft));
    }

    private InlineKeyboardMarkup Buttons(Questionnaire questionnaire, SurveyQuestion question, SurveyDraft draft)
    {
        var rows = new List<IReadOnlyList<InlineKeyboardButton>>();
        string Data(string action, string? argument = null) => CallbackData.Make(Name, question.Id, action, argument);
        switch (question.Kind)
        {
            case SurveyQuestion.Scale:
                rows.Add(Enumerable.Range(1, 5).Select(n => new InlineKeyboardButton($"{n} {Faces[n - 1]}", Data("score", n.ToString(CultureInfo.InvariantCulture)))).ToList());
                break;
            case SurveyQuestion.Single:
                rows.AddRange(question.Options.Select((o, i) => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton(o, Data("pick", i.ToString(CultureInfo.InvariantCulture)))]));
                break;
            case SurveyQuestion.Multiple:
                rows.AddRange(question.Options.Select((o, i) => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton((draft.Toggled.Contains(o) ? "✅ " : "⬜ ") + o, Data("toggle", i.ToString(CultureInfo.InvariantCulture)))]));
                rows.Add([new InlineKeyboardButton(texts["ButtonDone"], Data("done"))]);
                break;
        }

        if (!question.Required)
            rows.Add([new InlineKeyboardButton(texts["ButtonSkip"], Data("skip"))]);
        return new InlineKeyboardMarkup(rows);
    }

    private async Task<(SurveyInvitation? Invitation, Questionnaire? Questionnaire, SurveyQuestion? Question)> CurrentAsync(FlowContext context)
    {
        var id = context.Draft<SurveyDraft>().InvitationId;
        var invitation = await context.Update.Db.Set<SurveyInvitation>().SingleOrDefaultAsync(i => i.Id == id && i.PersonId == context.Person!.Id);
        var questionnaire = invitation is null ? null : options.Value.Find(invitation.Questionnaire);
        return (invitation, questionnaire, questionnaire?.Questions.FirstOrDefault(q => q.Id == context.Session.State));
    }

    private static string? Option(SurveyQuestion question, string? argument) =>
        int.TryParse(argument, out var i) && i >= 0 && i < question.Options.Count ? question.Options[i] : null;

    /// <summary>What the person's input meant for the question.</summary>
    private abstract record Reading
    {
        public sealed record Answer(int? Score, string? Choices, string? Text, bool Skipped) : Reading;

        public sealed record Toggled : Reading;
    }
}

/// <summary>The survey being answered, and the options ticked on a several-choices question.</summary>
public sealed class SurveyDraft
{
    public long InvitationId { get; set; }

    public List<string> Toggled { get; set; } = [];
}
