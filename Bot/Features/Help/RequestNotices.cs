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

    public void TellStatus(UpdateContext context, HelpRequest request) =>
        TellOrAskToCall(context, request, texts.Format("RequestStatusChanged", request.Id, cards.What(request), cards.Status(request.Status)));

    /// <summary>Staff hear of a new request with a button that opens it.</summary>
    public async Task AnnounceToStaffAsync(UpdateContext context, HelpRequest request)
    {
        var staff = await staffDirectory.ChatsAsync(context.Db);
        var button = new InlineKeyboardMarkup([[new InlineKeyboardButton(texts["ButtonOpenRequest"], CallbackData.Make(StaffRequestButtons.Prefix, "req", "open", request.Id.ToString()))]]);
        foreach (var chat in staff)
            context.Outbox.SendText(chat, texts["NewRequestForStaff"] + "\n\n" + cards.Card(request, CardReader.Staff), button, OutboxPriority.Bulk);
    }
}
