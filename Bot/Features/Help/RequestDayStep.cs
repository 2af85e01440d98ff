using ClubBot.Club;
using ClubBot.Conversations;
using Telegram.Bot.Types.ReplyMarkups;

namespace ClubBot.Features.Help;

/// <summary>The day question the request flows share: a week of buttons a page, or a date typed.</summary>
public abstract partial class RequestFlow
{
    /// <summary>
    /// A day: buttons for <paramref name="days"/> days from today, a week a page («Сегодня, среда, 2 декабря»,
    /// «Завтра, четверг, 3 декабря», «пятница, 4 декабря» …), or a date typed in words or digits. One rule for both:
    /// the prompt names the last day a button offers, and a typed day after it is refused with that day. The
    /// typed examples are days that would be taken today.
    /// </summary>
    protected RequestStep DayStep(string name, string askKey, int days, Action<RequestDraft, DateOnly> set)
    {
        // {0} a date in words, {1} the same kind in digits, {2} how many days ahead, {3} the last day offered.
        string Words(FlowContext c, string key)
        {
            var today = DateOnly.FromDateTime(Today(c));
            var inWords = today.AddDays(Math.Min(days - 1, 9));
            var inDigits = today.AddDays(Math.Min(days - 1, 16));
            return texts.Format(key, cards.DayAndMonth(inWords), inDigits.ToString("dd.MM", System.Globalization.CultureInfo.InvariantCulture),
                texts.Count(days, "NounDay"), cards.Day(today.AddDays(days - 1)));
        }

        InlineKeyboardMarkup Buttons(FlowContext c, RequestDraft d)
        {
            var today = DateOnly.FromDateTime(Today(c));
            var pages = (days + 6) / 7;
            var page = Math.Clamp(d.Pages.GetValueOrDefault(name), 0, pages - 1);
            var rows = Enumerable.Range(page * 7, Math.Min(7, days - (page * 7))).Select(i =>
            {
                var day = today.AddDays(i);
                var label = i switch { 0 => texts.Format("TodayWithDate", cards.Day(day)), 1 => texts.Format("TomorrowWithDate", cards.Day(day)), _ => cards.Day(day) };
                return (IReadOnlyList<InlineKeyboardButton>)[new InlineKeyboardButton(label, Data(name, "day", day.DayNumber.ToString()))];
            }).ToList();
            // Seven days are the choices; the arrows beside them only move through the weeks.
            var arrows = new List<InlineKeyboardButton>();
            if (page > 0)
                arrows.Add(new InlineKeyboardButton(texts["ButtonEarlierWeek"], Data(name, "page", (page - 1).ToString())));
            if (page < pages - 1)
                arrows.Add(new InlineKeyboardButton(texts["ButtonLaterWeek"], Data(name, "page", (page + 1).ToString())));
            if (arrows.Count > 0)
                rows.Add(arrows);
            return new InlineKeyboardMarkup(rows);
        }

        return new RequestStep(name,
            (c, d) => c.Screen.Ask(texts[askKey] + "\n" + Words(c, days > 7 ? "DayTypedHintFar" : "DayTypedHint"), Buttons(c, d)),
            (c, d, input) =>
            {
                var today = DateOnly.FromDateTime(Today(c));
                if (TurnedPage(c, input, d, name))
                    return RequestStep.PageTurned;
                DateOnly day;
                if (Pressed(c, input, name, "day") is { } data)
                {
                    if (!int.TryParse(data.Argument, out var number))
                        return "";
                    day = DateOnly.FromDayNumber(number);
                }
                else if (input.Kind == InputKind.Text)
                {
                    switch (DayInput.TryParse(input.Text, today, out day))
                    {
                        case DateInputResult.Past:
                            return "DayPast";
                        case DateInputResult.Unreadable or DateInputResult.Impossible:
                            return days > 7 ? "DayUnreadableFar" : "DayUnreadable";
                    }
                }
                else
                {
                    return "";
                }

                // An old button can name a day that has passed since, or one beyond what is offered now.
                if (day < today)
                    return "DayPast";
                if (day.DayNumber - today.DayNumber >= days)
                    return days > 7 ? "DayTooFarForRide" : "DayTooFar";
                set(d, day);
                return null;
            },
            Buttons,
            Words);
    }

    /// <summary>Whether this input turned the page of <paramref name="step"/>'s buttons (the page is kept in the draft).</summary>
    protected bool TurnedPage(FlowContext context, Input input, RequestDraft draft, string step)
    {
        if (Pressed(context, input, step, "page") is not { } data || !int.TryParse(data.Argument, out var page) || page < 0)
            return false;
        draft.Pages[step] = page;
        return true;
    }
}
