using System.Globalization;
using ClubBot.Conversations;
using ClubBot.Texts;

namespace ClubBot.Features.Volunteers;

/// <summary>«✅ Выполнено» asks how long it took (for the centre's volunteer-hours figures), then closes the task.</summary>
public sealed class HoursFlow(BotTexts texts, TaskBoard board) : IFlow
{
    public string Name => "vh";

    public Task StartAsync(FlowContext context) => ShowAsync(context);

    public Task StartForAsync(FlowContext context, long requestId)
    {
        context.Session.Flow = Name;
        context.Session.State = "Hours";
        context.SaveDraft(new Selection { RequestId = requestId });
        return ShowAsync(context);
    }

    public Task ShowAsync(FlowContext context)
    {
        context.AskText(texts.Format("AskHours", context.Draft<Selection>().RequestId));
        return Task.CompletedTask;
    }

    public Task BackAsync(FlowContext context) => context.LeaveAsync();

    public async Task HandleAsync(FlowContext context, Input input)
    {
        var id = context.Draft<Selection>().RequestId;
        if (input.Kind != InputKind.Text || !TryHours(input.Text, out var hours))
        {
            context.AnswerWrongInput(input, "HoursInvalid");
            await ShowAsync(context);
            return;
        }

        if (context.Person is not { } volunteer || await TaskBoard.OwnTakenAsync(context.Update, id, volunteer) is not { } task)
        {
            await context.LeaveAsync(texts["TaskNotYours"]);
            return;
        }

        board.Complete(context.Update, task, hours);
        await context.LeaveAsync(texts.Format("TaskCompleted", id));
    }

    /// <summary>0.25 to 24 hours, with a comma or a point: «1,5», «2».</summary>
    private static bool TryHours(string? text, out decimal hours) =>
        decimal.TryParse((text ?? "").Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out hours) && hours is >= 0.25m and <= 24m;

    public sealed class Selection
    {
        public long RequestId { get; set; }
    }
}
