using System.Globalization;
using ClubBot.Club;
using ClubBot.Conversations;
using ClubBot.Features.Volunteers;
using ClubBot.People;
using ClubBot.Telegram.Types;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Help;

/// <summary>
/// «🛠 Заявки» for coordinators (C3): requests by status → one request → assign to a volunteer or to the centre,
/// change its status, write to the participant, confirm a ride with a pickup time. The participant hears of every change.
/// </summary>
public sealed class StaffRequestsFlow(BotTexts texts, RequestCards cards, RequestNotices notices, ClubTime clock) : IFlow
{
    private const string Statuses = "Statuses";
    private const string List = "List";
    private const string Card = "Card";
    private const string Assign = "Assign";
    private const string Message = "Message";
    private const string Pickup = "Pickup";

    public string Name => "hq";

    public bool IsFor(Audience audience) => audience.IsStaff;

    public Task StartAsync(FlowContext context)
    {
        context.Session.State = Statuses;
        context.SaveDraft(new StaffRequestDraft());
        return ShowAsync(context);
    }

    /// <summary>Opens one request's card (from the button under a new-request message).</summary>
    public Task OpenAsync(FlowContext context, long requestId)
    {
        context.Session.Flow = Name;
        context.Session.State = Card;
        context.SaveDraft(new StaffRequestDraft { RequestId = requestId });
        return ShowAsync(context);
    }

    public async Task ShowAsync(FlowContext context)
    {
        var draft = context.Draft<StaffRequestDraft>();
        var db = context.Update.Db;
        switch (context.Session.State)
        {
            case List:
                context.Ask(texts.Format("StaffRequestsOfStatus", cards.Status(draft.Status)), await ListButtonsAsync(context, draft));
                break;
            case Card when await RequestAsync(context, draft.RequestId) is { } request:
                var rows = new List<IReadOnlyList<InlineKeyboardButton>>
                {
                    new[] { Button("ButtonAssignVolunteer", Card, "assign"), Button("ButtonTakeByCentre", Card, "centre") },
                    new[] { Button("ButtonInProgress", Card, "progress"), Button("ButtonRequestDone", Card, "done") },
                    new[] { Button("ButtonCancelRequestStaff", Card, "cancel"), Button("ButtonWriteParticipant", Card, "write") },
                };
                rows.Add(request.Kind == RequestKind.Ride
                    ? new[] { Button("ButtonConfirmRide", Card, "pickup"), Button("ButtonToList", Card, "list") }
                    : new[] { Button("ButtonToList", Card, "list") });
                context.Ask(cards.Card(request, @private: true), new InlineKeyboardMarkup(rows));
                break;
            case Assign:
                context.Ask(texts["AssignTitle"], await VolunteerButtonsAsync(context, draft, 0));
                break;
            case Message:
                context.AskText(texts.Format("AskMessageToParticipant", draft.RequestId));
                break;
            case Pickup:
                context.AskText(texts["AskPickup"]);
                break;
            default:
                context.Session.State = Statuses;
                var counts = await db.Set<HelpRequest>().GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
                context.Ask(texts["StaffRequestsTitle"], new InlineKeyboardMarkup(Enum.GetValues<RequestStatus>()
                    .Select(s => (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton($"{cards.Status(s)} ({counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0})", CallbackData.Make(Name, Statuses, "status", s.ToString()))])
                    .ToList()));
                break;
        }
    }

    public async Task BackAsync(FlowContext context)
    {
        context.Session.State = context.Session.State switch
        {
            Card => List,
            Assign or Message or Pickup => Card,
            List => Statuses,
            _ => null,
        };
        if (context.Session.State is null)
            await context.LeaveAsync();
        else
            await ShowAsync(context);
    }

    public async Task HandleAsync(FlowContext context, Input input)
    {
        if (!context.Audience.IsStaff)
        {
            await context.LeaveAsync(texts["StaffOnly"]);
            return;
        }

        var draft = context.Draft<StaffRequestDraft>();
        var state = context.Session.State ?? Statuses;
        var data = context.ButtonFor(input, Name, state);
        var handled = data is not null ? await PressAsync(context, draft, state, data) : input.Kind == InputKind.Text && await TypeAsync(context, draft, state, input.Text!);
        if (context.Session.Flow == Name)
            context.SaveDraft(draft);
        if (!handled)
        {
            context.AnswerWrongInput(input, state == Pickup ? "PickupInvalid" : state == Message ? "MessageInvalid" : null);
            await ShowAsync(context);
        }
    }

    private async Task<bool> PressAsync(FlowContext context, StaffRequestDraft draft, string state, CallbackData data)
    {
        long.TryParse(data.Argument, out var id);
        switch (state, data.Action)
        {
            case (Statuses, "status") when Enum.TryParse<RequestStatus>(data.Argument, out var status) && Enum.IsDefined(status):
                draft.Status = status;
                draft.Page = 0;
                return await MoveAsync(context, draft, List);
            case (List, "open") when await RequestAsync(context, id) is not null:
                draft.RequestId = id;
                return await MoveAsync(context, draft, Card);
            case (List, "page"):
                draft.Page = (int)Math.Max(0, id);
                context.ReplacePressedButtons(await ListButtonsAsync(context, draft));
                return true;
            case (List, "back"):
                return await MoveAsync(context, draft, Statuses);
            case (Card, "list"):
                return await MoveAsync(context, draft, List);
            case (Card, "assign"):
                return await MoveAsync(context, draft, Assign);
            case (Card, "write"):
                return await MoveAsync(context, draft, Message);
            case (Card, "pickup"):
                return await MoveAsync(context, draft, Pickup);
            case (Card, "centre" or "progress" or "done" or "cancel"):
                await ChangeAsync(context, draft, data.Action);
                return await MoveAsync(context, draft, Card);
            case (Assign, "pick"):
                await AssignAsync(context, draft, id);
                return await MoveAsync(context, draft, Card);
            case (Assign, "page"):
                context.ReplacePressedButtons(await VolunteerButtonsAsync(context, draft, (int)id));
                return true;
            case (Assign, "back"):
                return await MoveAsync(context, draft, Card);
            default:
                return false;
        }
    }

    private async Task<bool> TypeAsync(FlowContext context, StaffRequestDraft draft, string state, string text)
    {
        if (await RequestAsync(context, draft.RequestId) is not { } request)
            return false;
        if (state == Message && text.Trim().Length is >= 2 and <= 2000)
        {
            notices.TellParticipant(context.Update, request, texts.Format("MessageFromCoordinator", request.Id, text.Trim()));
            context.Say(texts["MessageSent"]);
            return await MoveAsync(context, draft, Card, removeButtons: false);
        }

        if (state == Pickup && PickupTime(text, request, context.Update.Now) is { } pickup)
        {
            request.PickupAt = pickup;
            if (request.Status == RequestStatus.New)
                request.Status = RequestStatus.Assigned;
            request.UpdatedAt = context.Update.Now;
            notices.TellParticipant(context.Update, request, texts.Format("RideConfirmed", request.Id, request.RideTo, clock.Describe(pickup)));
            context.Say(texts["RideConfirmedForStaff"]);
            return await MoveAsync(context, draft, Card, removeButtons: false);
        }

        return false;
    }

    private async Task ChangeAsync(FlowContext context, StaffRequestDraft draft, string action)
    {
        await TaskBoard.LockAsync(context.Update, draft.RequestId);
        if (await RequestAsync(context, draft.RequestId) is not { } request)
            return;
        var volunteerChat = request.Volunteer?.ChatId;
        switch (action)
        {
            case "centre":
                request.ByStaff = true;
                request.VolunteerId = null;
                request.Volunteer = null;
                request.Status = RequestStatus.Assigned;
                break;
            case "progress":
                request.Status = RequestStatus.InProgress;
                break;
            case "done":
                request.Status = RequestStatus.Done;
                break;
            case "cancel":
                request.Status = RequestStatus.Cancelled;
                break;
        }

        request.UpdatedAt = context.Update.Now;
        notices.TellStatus(context.Update, request);
        if (volunteerChat is { } chat && (action is "centre" or "cancel"))
            context.Update.Outbox.SendText(chat, texts.Format("TaskWithdrawnByStaff", request.Id, cards.What(request)));
    }

    private async Task AssignAsync(FlowContext context, StaffRequestDraft draft, long volunteerId)
    {
        await TaskBoard.LockAsync(context.Update, draft.RequestId);
        var volunteer = await context.Update.Db.Set<Person>().SingleOrDefaultAsync(p => p.Id == volunteerId && p.Volunteer == VolunteerStatus.Approved);
        if (volunteer is null || await RequestAsync(context, draft.RequestId) is not { } request)
            return;
        request.Volunteer = volunteer;
        request.ByStaff = false;
        request.Status = RequestStatus.Assigned;
        request.UpdatedAt = context.Update.Now;
        notices.TellParticipant(context.Update, request, texts.Format("VolunteerTookYourRequest", request.Id, cards.What(request), volunteer.Name, volunteer.Phone));
        if (volunteer.ChatId is { } chat)
            context.Update.Outbox.SendText(chat, texts["TaskAssignedToYou"] + "\n\n" + cards.Card(request, @private: true), TaskButtons.TakenButtons(texts, request.Id));
    }

    private async Task<InlineKeyboardMarkup> ListButtonsAsync(FlowContext context, StaffRequestDraft draft)
    {
        var requests = await context.Update.Db.Set<HelpRequest>().Include(r => r.Person)
            .Where(r => r.Status == draft.Status).OrderByDescending(r => r.Id).Take(200).ToListAsync();
        return context.Keyboards.Paged(
            requests.Select(r => new InlineKeyboardButton(cards.Line(r), CallbackData.Make(Name, List, "open", r.Id.ToString()))).ToList(),
            draft.Page, p => CallbackData.Make(Name, List, "page", p.ToString()), [Button("ButtonToStatuses", List, "back")]);
    }

    private async Task<InlineKeyboardMarkup> VolunteerButtonsAsync(FlowContext context, StaffRequestDraft draft, int page)
    {
        var request = await RequestAsync(context, draft.RequestId);
        var volunteers = await context.Update.Db.Set<Person>().Where(p => p.Volunteer == VolunteerStatus.Approved && p.ErasedAt == null)
            .OrderByDescending(p => p.Settlement == request!.Person!.Settlement).ThenBy(p => p.Name).ToListAsync();
        return context.Keyboards.Paged(
            volunteers.Select(v => new InlineKeyboardButton($"{v.Name} · {v.Settlement}", CallbackData.Make(Name, Assign, "pick", v.Id.ToString()))).ToList(),
            page, p => CallbackData.Make(Name, Assign, "page", p.ToString()), [Button("ButtonBackToRequest", Assign, "back")]);
    }

    private async Task<bool> MoveAsync(FlowContext context, StaffRequestDraft draft, string state, bool removeButtons = true)
    {
        if (removeButtons)
            context.RemovePressedButtons();
        context.Session.State = state;
        context.SaveDraft(draft);
        await ShowAsync(context);
        return true;
    }

    /// <summary>"9:30" on the ride's day, or a full day and time.</summary>
    private DateTime? PickupTime(string text, HelpRequest request, DateTime now)
    {
        if (request.Day is { } day && TimeOnly.TryParseExact(text.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            var utc = clock.ToUtc(day.ToDateTime(time));
            return utc > now ? utc : null;
        }

        return DateInput.TryParse(text, now, clock.Zone, out var at) == DateInputResult.Ok ? at : null;
    }

    private static Task<HelpRequest?> RequestAsync(FlowContext context, long id) =>
        context.Update.Db.Set<HelpRequest>().Include(r => r.Person).Include(r => r.Volunteer).SingleOrDefaultAsync(r => r.Id == id);

    private InlineKeyboardButton Button(string key, string state, string action) => new(texts[key], CallbackData.Make(Name, state, action));
}
