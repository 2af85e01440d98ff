using ClubBot.Conversations;
using ClubBot.Outbox;
using ClubBot.People;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Help;

/// <summary>Who hears about a request, and with which buttons: the participant at every change, staff when one arrives.</summary>
public sealed class RequestNotices(BotTexts texts, RequestCards cards, StaffDirectory staffDirectory)
{
    /// <summary>False when the person has no Telegram and heard nothing.</summary>
    public bool TellParticipant(UpdateContext context, HelpRequest request, string text)
    {
        if (request.Person?.ChatId is not { } chat)
            return false;
        context.Outbox.SendText(chat, text, priority: OutboxPriority.Reply);
        return true;
    }

    /// <summary>A staff member's change: the participant hears it, or, without Telegram, the staff member is asked to phone it through.</summary>
    public void TellOrAskToCall(UpdateContext context, HelpRequest request, string text)
    {
        if (TellParticipant(context, request, text))
            return;
        context.Reply(PersonContact.CanBeReached(request.Person)
            ? texts.Format("CallInstead", PersonContact.Describe(request.Person, texts), text)
            : texts["NobodyToTell"]);
    }

    /// <summary>A status set by staff, told as what happens next: who does it and when, or that it is over.</summary>
    public void TellStatus(UpdateContext context, HelpRequest request)
    {
        var (id, what) = (request.Id, cards.What(request));
        TellOrAskToCall(context, request, request.Status switch
        {
            RequestStatus.Assigned when request.ByStaff => WithWhen("RequestToldCentre", request, id, what),
            RequestStatus.InProgress => texts.Format("RequestToldInProgress", id, what),
            RequestStatus.Done => texts.Format("RequestDone", id, what),
            RequestStatus.Cancelled => texts.Format("RequestToldCancelled", id, what),
            _ => texts.Format("RequestStatusChanged", id, what, cards.Status(request.Status)),
        });
    }

    /// <summary>A volunteer is on the request: their name and phone, and when.</summary>
    public string VolunteerComing(HelpRequest request, Person volunteer) =>
        WithWhen("VolunteerTookYourRequest", request, request.Id, cards.What(request), volunteer.Name ?? volunteer.TelegramName ?? "", PhoneText.Show(volunteer.Phone) ?? texts["NoPhone"]);

    /// <summary><paramref name="key"/>, or its «…When» twin with the request's day (or pickup) as the last argument.</summary>
    private string WithWhen(string key, HelpRequest request, params object?[] args) =>
        cards.When(request) is { } when ? texts.Format(key + "When", [.. args, when]) : texts.Format(key, args);

    /// <summary>Staff hear of a new request with a button that opens it.</summary>
    public async Task AnnounceToStaffAsync(UpdateContext context, HelpRequest request)
    {
        var staff = await staffDirectory.ChatsAsync(context.Db);
        var button = new InlineKeyboardMarkup([[new InlineKeyboardButton(texts["ButtonOpenRequest"], CallbackData.Make(StaffRequestButtons.Prefix, "req", "open", request.Id.ToString()))]]);
        foreach (var chat in staff)
            context.Outbox.SendText(chat, texts["NewRequestForStaff"] + "\n\n" + cards.Card(request, CardReader.Staff), button, OutboxPriority.Bulk);
    }
}
