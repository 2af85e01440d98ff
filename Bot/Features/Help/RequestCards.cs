using ClubBot.Club;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Help;

/// <summary>How a request reads: the short line for lists, and the card with or without the private details.</summary>
public sealed class RequestCards(BotTexts texts, ClubTime clock, IOptions<HelpOptions> options)
{

    public string What(HelpRequest r) => r.Kind switch
    {
        RequestKind.Household => options.Value.Find(r.Service)?.Title ?? r.Service ?? "",
        RequestKind.Ride => texts.Format("RideTo", r.RideTo),
        _ => texts.Format("AidOf", r.Service),
    };

    /// <summary>«№ 17 · Мелкий ремонт · Оса».</summary>
    public string Line(HelpRequest r) =>
        $"№ {r.Id} · {What(r)}" + (r.Person?.Settlement is { } s ? $" · {s}" : "") + (r.Day is { } d ? $" · {Day(d)}" : "");

    public string Status(RequestStatus status) => texts[$"RequestStatus{status}"];

    public string Day(DateOnly day) => clock.Day(day);

    public string DayAndMonth(DateOnly day) => clock.DayAndMonth(day);

    /// <summary>The card; phone and address only when <paramref name="private"/> (the owner, staff, the volunteer who took it).</summary>
    public string Card(HelpRequest r, bool @private)
    {
        var lines = new List<string> { $"№ {r.Id} · {What(r)}", texts.Format("RequestStatusLine", Status(r.Status)) };
        if (r.Kind == RequestKind.Household && options.Value.Find(r.Service) is { } service)
            lines.Add(texts.Format("ServiceTariff", service.Tariff == 0 ? texts["Free"] : $"{service.Tariff} ₽", service.Duration));
        if (r.Details is not null)
            lines.Add(texts.Format("RequestDetails", r.Details));
        if (r.Day is { } day)
            lines.Add(texts.Format("RequestDay", Day(day), r.PartOfDay is { } part ? texts[$"PartOfDay{part}"] : ""));
        if (r.Kind == RequestKind.Ride)
        {
            lines.Add(texts.Format("RideRoute", r.RideFrom, r.RideTo));
            lines.Add(texts[r.EscortNeeded ? "EscortYes" : "EscortNo"]);
            if (r.PickupAt is { } pickup)
                lines.Add(texts.Format("RidePickup", clock.Describe(pickup)));
        }

        if (r.Person?.Settlement is { } settlement && !@private)
            lines.Add(texts.Format("RequestSettlement", settlement));
        if (@private && r.Person is { } p)
        {
            lines.Add(texts.Format("RequestWho", p.Name ?? p.TelegramName ?? texts["NameErased"], PhoneText.Show(p.Phone) ?? texts["NoPhone"]));
            if (r.Address is not null)
                lines.Add(texts.Format("RequestAddress", r.Address));
        }

        if (r.Volunteer is { } v && @private)
            lines.Add(texts.Format("RequestVolunteer", v.Name ?? v.TelegramName ?? "", PhoneText.Show(v.Phone) ?? texts["NoPhone"]));
        if (r.PhotoFileId is not null)
            lines.Add(texts["RequestHasPhoto"]);
        return string.Join('\n', lines);
    }
}
