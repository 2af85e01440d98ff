using ClubBot.Conversations;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Help;

/// <summary>A request's answers so far, kept in the session until «Отправить заявку».</summary>
public sealed class RequestDraft
{
    public string? Service { get; set; }

    public string? Details { get; set; }

    public string? PhotoFileId { get; set; }

    public string? Address { get; set; }

    public DateOnly? Day { get; set; }

    public PartOfDay? PartOfDay { get; set; }

    public string? RideFrom { get; set; }

    public string? RideTo { get; set; }

    public bool? EscortNeeded { get; set; }

    /// <summary>The address of the person's latest request, looked up once when the flow opens ("" when there is none).</summary>
    public string? KnownAddress { get; set; }

    /// <summary>The page of each step's buttons the person has turned to.</summary>
    public Dictionary<string, int> Pages { get; set; } = [];
}

/// <summary>
/// One question of a request flow: how it is asked, and what it takes (null when taken, <see cref="PageTurned"/>,
/// <see cref="Answered"/>, or the key of a kind refusal). A step with pages of buttons gives <paramref name="Buttons"/> to redraw them in place;
/// one whose refusals name today's dates gives <paramref name="Explain"/> to word a refusal key.
/// </summary>
public sealed record RequestStep(
    string Name,
    Action<FlowContext, RequestDraft> Show,
    Func<FlowContext, RequestDraft, Input, string?> Accept,
    Func<FlowContext, RequestDraft, InlineKeyboardMarkup>? Buttons = null,
    Func<FlowContext, string, string>? Explain = null)
{
    /// <summary>What <see cref="Accept"/> says when the input only turned a page of its buttons.</summary>
    public const string PageTurned = "→page";

    /// <summary>What <see cref="Accept"/> says when the step answered the input itself and stays (e.g. asked for words).</summary>
    public const string Answered = "→answered";
}

public enum RequestTrigger
{
    Answered,
    Confirm,
    Back,
}
