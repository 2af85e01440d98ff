using System.Globalization;
using ClubBot.Club;
using ClubBot.Texts;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Activities;

/// <summary>How an activity reads on a phone: a one-line headline and a full card.</summary>
public sealed class ActivityCards(BotTexts texts, ClubTime clock, IOptions<ActivitiesOptions> options)
{
    public string KindLabel(string code) => options.Value.Find(code)?.Label ?? code;

    /// <summary>«🎨 Прозрачный мольберт — пт, 12 декабря, 14:00».</summary>
    public string Headline(Activity a) => $"{options.Value.Find(a.Kind)?.Emoji} {a.Title} — {clock.Describe(a.StartsAt)}".TrimStart();

    /// <summary>«пятница, 12 декабря, 14:00»: a date of a series on its button.</summary>
    public string When(Activity a) => clock.Describe(a.StartsAt);

    /// <summary>A line of a list: when, what, where, seats left.</summary>
    public string ListLine(Activity a, int confirmed) =>
        $"{clock.Describe(a.StartsAt)} · {a.Title}" + (a.Place is null ? "" : $" · {a.Place}") + " · " + SeatsLeft(a, confirmed);

    /// <summary>«Оса, Дом культуры, ул. Ленина, 5», or null when neither is known.</summary>
    public static string? Where(Activity a) =>
        a.Place is null && a.Settlement is null ? null : string.Join(", ", new[] { a.Settlement, a.Place }.Where(s => s is not null));

    public string SeatsLeft(Activity a, int confirmed) => a.Capacity switch
    {
        null => texts["SeatsUnlimited"],
        { } c when confirmed >= c => texts["SeatsNone"],
        { } c => texts.Format("SeatsLeft", c - confirmed),
    };

    public string Card(Activity a, int confirmed, int waiting)
    {
        var lines = new List<string>
        {
            $"{KindLabel(a.Kind)}",
            $"«{a.Title}»",
            texts.Format("CardWhen", clock.Describe(a.StartsAt), clock.TimeOfDay(a.EndsAt)),
        };
        if (Where(a) is { } where)
            lines.Add(texts.Format("CardWhere", where));
        lines.Add(a.Price is { } price ? texts.Format("CardPrice", price.ToString(CultureInfo.InvariantCulture)) : texts["CardFree"]);
        lines.Add(SeatsLeft(a, confirmed) + (waiting > 0 ? texts.Format("CardWaiting", waiting) : ""));
        if (a.Accessibility is not null)
            lines.Add(texts.Format("CardAccessibility", a.Accessibility));
        if (a.Description is not null)
            lines.Add("\n" + a.Description);
        if (a.State == ActivityState.Cancelled)
            lines.Insert(0, texts["CardCancelled"]);
        return string.Join('\n', lines);
    }
}
