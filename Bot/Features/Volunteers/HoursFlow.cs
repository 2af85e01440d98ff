using System.Globalization;
using ClubBot.Conversations;
using ClubBot.Texts;
using Turn = ClubBot.Conversations.FlowTurn<ClubBot.Conversations.OneAnswerState, ClubBot.Conversations.OneAnswerTrigger, ClubBot.Features.Volunteers.HoursFlow.Selection>;

namespace ClubBot.Features.Volunteers;

/// <summary>«✅ Выполнено» asks how long it took (for the centre's volunteer-hours figures), then closes the task.</summary>
public sealed class HoursFlow(BotTexts texts, TaskBoard board) : OneAnswerFlow<HoursFlow.Selection>("HoursInvalid")
{
    public override string Name => "vh";

    public Task StartForAsync(FlowContext context, long requestId) => BeginAsync(context, new Selection { RequestId = requestId });

    protected override Task ShowStepAsync(Turn turn)
    {
        turn.Context.Screen.AskText(texts.Format("AskHours", turn.Draft.RequestId));
        return Task.CompletedTask;
    }

    /// <summary>0.25 to 24 hours, with a comma or a point: «1,5», «2».</summary>
    protected override bool Accept(Selection draft, string text)
    {
        var ok = decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) && hours is >= 0.25m and <= 24m;
        draft.Hours = hours;
        return ok;
    }

    protected override async Task ActAsync(Turn turn)
    {
        var (context, id) = (turn.Context, turn.Draft.RequestId);
        if (context.Person is not { } volunteer || await TaskBoard.OwnTakenAsync(context.Update, id, volunteer) is not { } task)
        {
            await context.Navigation.LeaveAsync(texts["TaskNotYours"]);
            return;
        }

        board.Complete(context.Update, task, turn.Draft.Hours);
        await context.Navigation.LeaveAsync(texts.Format("TaskCompleted", id));
    }

    public sealed class Selection
    {
        public long RequestId { get; set; }

        public decimal Hours { get; set; }
    }
}
