using ClubBot.Club;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Help;

/// <summary>How a request reads: the short line for lists, and the card as each reader may see it.</summary>
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

    /// <summary>When it happens: the ride's pickup once set, else the day and part of day («четверг, 3 декабря, утром (9–12)»).</summary>
    public string? When(HelpRequest r) => r.PickupAt is { } pickup ? clock.Describe(pickup) : DayWords(r);

    private string? DayWords(HelpRequest r) => r switch
    {
        { Day: { } day, PartOfDay: { } part } => $"{Day(day)}, {texts[$"PartOfDay{part}Inline"]}",
        { Day: { } day } => Day(day),
        _ => null,
    };

    /// <summary>
    /// The card as <paramref name="reader"/> may see it: phone and address for the owner, staff and the volunteer who
    /// took it; the price for the owner and staff only. A request not sent yet has no number and no status.
    /// </summary>
    public string Card(HelpRequest r, CardReader reader)
    {
        var personal = reader != CardReader.Nearby;
        var lines = new List<string>();
        if (r.Id == 0)
            lines.Add(What(r));
        else
            lines.AddRange([$"№ {r.Id} · {What(r)}", texts.Format("RequestStatusLine", Status(r.Status))]);
        if (r.Kind == RequestKind.Household && (reader is CardReader.Owner or CardReader.Staff) && options.Value.Find(r.Service) is { } service)
            lines.Add(texts.Format("ServiceTariff", service.Tariff == 0 ? texts["Free"] : $"{service.Tariff} ₽", service.Duration));
        if (r.Details is not null)
            lines.Add(texts.Format("RequestDetails", r.Details));
        if (DayWords(r) is { } when)
            lines.Add(texts.Format("RequestDay", when));
        if (r.Kind == RequestKind.Ride)
        {
            lines.Add(texts.Format("RideRoute", r.RideFrom, r.RideTo));
            lines.Add(texts[r.EscortNeeded ? "EscortYes" : "EscortNo"]);
            if (r.PickupAt is { } pickup)
                lines.Add(texts.Format("RidePickup", clock.Describe(pickup)));
        }

        if (r.Person?.Settlement is { } settlement && !personal)
            lines.Add(texts.Format("RequestSettlement", settlement));
        if (personal && r.Person is { } p)
        {
            lines.Add(texts.Format("RequestWho", p.Name ?? p.TelegramName ?? texts["NameErased"], PhoneText.Show(p.Phone) ?? texts["NoPhone"]));
            if (r.Address is not null)
                lines.Add(texts.Format("RequestAddress", r.Address));
        }

        if (r.Volunteer is { } v && personal)
            lines.Add(texts.Format("RequestVolunteer", v.Name ?? v.TelegramName ?? "", PhoneText.Show(v.Phone) ?? texts["NoPhone"]));
        if (r.PhotoFileId is not null)
            lines.Add(texts["RequestHasPhoto"]);
        return string.Join('\n', lines);
    }
}
