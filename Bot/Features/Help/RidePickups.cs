using ClubBot.Audit;
using ClubBot.Club;
using ClubBot.Pipeline;
using ClubBot.Texts;

namespace ClubBot.Features.Help;

/// <summary>Setting a ride's pickup time, for one ride or a whole trip: a new ride counts as assigned, the change is journalled and the person told.</summary>
public sealed class RidePickups(BotTexts texts, RequestNotices notices, RequestCards cards, AuditLog audit, ClubTime clock)
{
    public void Set(UpdateContext update, HelpRequest ride, DateTime pickup)
    {
        var before = ride.PickupAt;
        var statusBefore = ride.Status;
        ride.PickupAt = pickup;
        ride.SetStatus(ride.Status == RequestStatus.New ? RequestStatus.Assigned : ride.Status, update.Now);
        audit.Record(update, AuditActions.RidePickup, texts.Format("AuditRequestSubject", ride.Id, cards.What(ride)),
            before is { } earlier ? texts.Format("AuditPickup", clock.When(earlier), cards.Status(statusBefore)) : cards.Status(statusBefore),
            texts.Format("AuditPickup", clock.When(pickup), cards.Status(ride.Status)));
        // A second time must read as a change, or the person keeps the first one in mind.
        notices.TellOrAskToCall(update, ride, before is { } was && was != pickup
            ? texts.Format("RidePickupChanged", ride.Id, ride.RideTo, clock.When(was), clock.When(pickup))
            : texts.Format("RideConfirmed", ride.Id, ride.RideTo, clock.When(pickup)));
    }
}
