using System.Globalization;
using ClubBot.Club;
using ClubBot.Pipeline;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Activities;

/// <summary>A series in words and in the database: its rhythm, its planned dates, the dates after one of them.</summary>
public sealed class SeriesDates(BotTexts texts, ClubTime clock, TimeProvider time)
{
    /// <summary>How many dates a list of them names before «…и ещё N».</summary>
    public const int NamedDates = 8;

    /// <summary>«по вторникам и четвергам», «каждый день».</summary>
    public string Rhythm(int weekdays)
    {
        var days = SeriesPlan.Week().Where(d => SeriesPlan.Has(weekdays, d)).Select(d => texts[$"WeekdaysDative{(int)d}"]).ToList();
        if (days.Count == 7)
            return texts["EveryDay"];
        var joined = days.Count <= 1 ? string.Concat(days) : string.Join(", ", days[..^1]) + $" {texts["WeekdaysAnd"]} " + days[^1];
        return texts.Format("EveryWeekdays", joined);
    }

    /// <summary>The local start of each meeting the draft describes.</summary>
    public List<DateTime> Plan(ActivityDraft d) =>
        SeriesPlan.Starts(clock.ToLocal(d.StartsAt!.Value), d.RepeatDays, d.RepeatUntil, d.RepeatCount);

    /// <summary>
    /// The examples and limits the end prompt and its errors show: {0} a date two months after the first meeting (with
    /// its year, so it reads the same whatever today is), {1} the last day allowed, {2} the first meeting's day.
    /// </summary>
    public object[] EndExamples(ActivityDraft d)
    {
        var first = DateOnly.FromDateTime(clock.ToLocal(d.StartsAt!.Value));
        return [first.AddMonths(2).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), clock.Day(SeriesPlan.LastAllowed(first)), clock.Day(first)];
    }

    /// <summary>Reads the last date or the number of meetings; null when taken, else the key of what was wrong.</summary>
    public string? ApplyEnd(string text, ActivityDraft d)
    {
        var first = DateOnly.FromDateTime(clock.ToLocal(d.StartsAt!.Value));
        var today = DateOnly.FromDateTime(clock.ToLocal(time.GetUtcNow().UtcDateTime));
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            if (count < 2)
                return "RepeatTooFew";
            if (SeriesPlan.Starts(clock.ToLocal(d.StartsAt!.Value), d.RepeatDays, null, count).Count < count)
                return "RepeatTooLong";
            (d.RepeatCount, d.RepeatUntil) = (count, null);
            return null;
        }

        if (DayInput.TryParse(trimmed, today, out var until) != DateInputResult.Ok)
            return "RepeatEndUnreadable";
        if (until <= first)
            return "RepeatEndBeforeStart";
        if (until > SeriesPlan.LastAllowed(first))
            return "RepeatTooLong";
        (d.RepeatUntil, d.RepeatCount) = (until, null);
        return Plan(d).Count < 2 ? "RepeatTooFew" : null;
    }

    /// <summary>«по вторникам и четвергам, 17 встреч, последняя — суббота, 6 февраля».</summary>
    public string Summary(ActivityDraft d)
    {
        var plan = Plan(d);
        return texts.Format("SeriesSummary", Rhythm(d.RepeatDays), texts.Count(plan.Count, "NounMeeting"), clock.Day(DateOnly.FromDateTime(plan[^1])));
    }

    /// <summary>Adds the series and one activity per date, each a copy of the draft on its own day.</summary>
    public async Task<List<Activity>> CreateAsync(UpdateContext update, ActivityDraft d)
    {
        var series = new ActivitySeries { Weekdays = d.RepeatDays, CreatedAt = update.Now };
        update.Db.Add(series);
        // The dates name the series by its key, which the database gives only once it is written.
        await update.FlushAsync();
        var length = d.EndsAt!.Value - d.StartsAt!.Value;
        var dates = Plan(d).Select(local =>
        {
            var activity = new Activity { Kind = d.Kind!, Title = d.Title!, CreatedAt = update.Now, Version = 1 };
            d.ApplyTo(activity);
            activity.StartsAt = clock.ToUtc(local);
            activity.EndsAt = activity.StartsAt + length;
            activity.SeriesId = series.Id;
            return activity;
        }).ToList();
        update.Db.AddRange(dates);
        return dates;
    }

    /// <summary>The planned dates of the same series after <paramref name="activity"/>, earliest first.</summary>
    public static Task<List<Activity>> FollowingAsync(DbContext db, Activity activity) =>
        db.Set<Activity>()
            .Where(a => a.SeriesId != null && a.SeriesId == activity.SeriesId && a.State == ActivityState.Planned && a.StartsAt > activity.StartsAt)
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Id).ToListAsync();

    /// <summary>«8 декабря, 10 декабря, 15 декабря …и ещё 14».</summary>
    public string Days(IReadOnlyList<DateTime> startsUtc)
    {
        var named = startsUtc.Take(NamedDates).Select(s => clock.DayAndMonth(DateOnly.FromDateTime(clock.ToLocal(s))));
        var text = string.Join(", ", named);
        return startsUtc.Count > NamedDates ? text + " " + texts.Format("AndMore", startsUtc.Count - NamedDates) : text;
    }
}
