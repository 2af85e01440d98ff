using System.Globalization;
using ClubBot.Conversations;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;
using Turn = ClubBot.Conversations.FlowTurn<string, ClubBot.Features.Surveys.SurveyTrigger, ClubBot.Features.Surveys.SurveyDraft>;

namespace ClubBot.Features.Surveys;

/// <summary>
/// Taking a survey (P7): one question a message, «Пропустить» where allowed, each answer stored as it comes,
/// so a survey left halfway resumes at the first unanswered question. The session's state is the question's
/// id, which makes a button from an earlier question recognisable as old.
/// </summary>
public sealed class SurveyFlow(BotTexts texts, IOptions<SurveyOptions> options) : MachineFlow<string, SurveyTrigger, SurveyDraft>(SurveyTrigger.Back)
{
    private const string Finished = "Finished";
    private const string Kept = "Kept";
    private static readonly string[] Faces = ["😞", "🙁", "😐", "🙂", "😊"];

    public override string Name => "sv";

    /// <summary>Only used to draw the graph: a survey is always begun at a question of its invitation.</summary>
    protected override string Initial => options.Value.Questionnaires.FirstOrDefault()?.Questions.FirstOrDefault()?.Id ?? Finished;

    public override Task StartAsync(FlowContext context) => context.Navigation.LeaveAsync();

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

        context.Screen.Preface(answered.Count == 0 ? texts.Format("SurveyStarts", questionnaire.Title) : texts["SurveyResumes"]);
        await BeginAsync(context, new SurveyDraft { InvitationId = invitation.Id, Questionnaire = questionnaire.Id }, next.Id);
    }

    /// <summary>One state a question, in order; the graph shows the first questionnaire's.</summary>
    protected override void Configure(Turn turn)
    {
        var m = turn.Machine;
        var questions = Questionnaire(turn.Draft)?.Questions ?? [];
        for (var i = 0; i < questions.Count; i++)
        {
            var state = m.Configure(questions[i].Id)
                .Permit(SurveyTrigger.Answered, i + 1 < questions.Count ? questions[i + 1].Id : Finished)
                .Permit(SurveyTrigger.Back, i > 0 ? questions[i - 1].Id : Kept)
                .OnEntryAsync(_ =>
                {
                    turn.Draft.Toggled = [];
                    return ShowStepAsync(turn);
                }, "show the question");
            if (questions[i].Kind == SurveyQuestion.Multiple)
                state.InternalTransitionAsync(SurveyTrigger.Toggle, _ => RedrawAsync(turn));
        }

        m.Configure(Finished).OnEntryAsync(async _ =>
        {
            if (await InvitationAsync(turn) is { } invitation)
                await FinishAsync(turn.Context, invitation);
        }, "keep the answers");
        m.Configure(Kept).OnEntryAsync(_ => turn.Context.Navigation.LeaveAsync(texts["SurveyKept"]), "keep the answers for later");
    }

    protected override async Task ShowStepAsync(Turn turn)
    {
        if (await CurrentAsync(turn) is { } current)
            Show(turn.Context, current.Questionnaire, current.Question, turn.Draft);
        else
            await turn.Context.Navigation.LeaveAsync();
    }

    protected override string? HintFor(Turn turn) =>
        Questionnaire(turn.Draft)?.Questions.FirstOrDefault(q => q.Id == turn.State)?.Kind == SurveyQuestion.Text ? "SurveyTextInvalid" : null;

    protected override async Task<bool> OnInputAsync(Turn turn, Input input)
    {
        if (await CurrentAsync(turn) is not { } current)
        {
            await turn.Context.Navigation.LeaveAsync();
            return true;
        }

        var (invitation, _, question) = current;
        switch (Read(turn.Context, question, turn.Draft, input, turn.Pressed(input)))
        {
            case Reading.Toggled:
                return await turn.FireAsync(SurveyTrigger.Toggle);
            case Reading.Answer given:
                await SaveAsync(turn.Context, invitation, question, given);
                if (question.Wellbeing && given.Score == 1)
                    turn.Context.Screen.Say(texts.WithPhone("WellbeingLow"), WellbeingButtons.For(texts, invitation, question));
                return await turn.FireAsync(SurveyTrigger.Answered);
            default:
                return false;
        }
    }

    private async Task RedrawAsync(Turn turn)
    {
        if (await CurrentAsync(turn) is { } current)
            turn.Context.Screen.ReplacePressedButtons(Buttons(current.Questionnaire, current.Question, turn.Draft));
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
        await context.Navigation.LeaveAsync(texts["SurveyThanks"]);
    }

    private void Show(FlowContext context, Questionnaire questionnaire, SurveyQuestion question, SurveyDraft draft)
    {
        var number = questionnaire.Questions.IndexOf(question) + 1;
        var text = texts.Format("SurveyQuestionHeader", number, questionnaire.Questions.Count) + "\n" + question.Prompt;
        if (question.Kind == SurveyQuestion.Scale)
            text += "\n\n" + string.Join('\n', question.Labels.Select((l, i) => $"{i + 1} — {l}"));
        if (question.Kind == SurveyQuestion.Text)
            context.Screen.AskText(text, question.Required ? null : new KeyboardButton(texts["ButtonSkip"]));
        else
            context.Screen.Ask(text, Buttons(questionnaire, question, draft));
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

    private Questionnaire? Questionnaire(SurveyDraft draft) =>
        draft.Questionnaire is { } id ? options.Value.Find(id) : options.Value.Questionnaires.FirstOrDefault();

    private Task<SurveyInvitation?> InvitationAsync(Turn turn) =>
        turn.Update.Db.Set<SurveyInvitation>().SingleOrDefaultAsync(i => i.Id == turn.Draft.InvitationId && i.PersonId == turn.Context.Person!.Id);

    /// <summary>The invitation, its questionnaire and the question now asked; null when any of them is gone.</summary>
    private async Task<(SurveyInvitation Invitation, Questionnaire Questionnaire, SurveyQuestion Question)?> CurrentAsync(Turn turn)
    {
        var invitation = await InvitationAsync(turn);
        var questionnaire = invitation is null ? null : options.Value.Find(invitation.Questionnaire);
        var question = questionnaire?.Questions.FirstOrDefault(q => q.Id == turn.State);
        return question is null ? null : (invitation!, questionnaire!, question);
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

public enum SurveyTrigger
{
    Answered,
    Toggle,
    Back,
}

/// <summary>The survey being answered, and the options ticked on a several-choices question.</summary>
public sealed class SurveyDraft
{
    public long InvitationId { get; set; }

    /// <summary>Its questionnaire, whose questions are the flow's states.</summary>
    public string? Questionnaire { get; set; }

    public List<string> Toggled { get; set; } = [];
}
