using ClubBot.Files;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Features.Activities;

/// <summary>Who is coming: as a message for the coordinator's phone, and as a CSV file for a spreadsheet.</summary>
public sealed class Roster(BotTexts texts, ActivityCards cards)
{
    public static Task<List<SignUp>> LiveAsync(DbContext db, long activityId) =>
        db.Set<SignUp>().Include(s => s.Person)
            .Where(s => s.ActivityId == activityId && s.State != SignUpState.Cancelled)
            .OrderBy(s => s.State).ThenBy(s => s.Id).ToListAsync();

    public string Text(Activity activity, IReadOnlyList<SignUp> live)
    {
        var lines = new List<string> { texts.Format("RosterTitle", cards.Headline(activity)) };
        var confirmed = live.Where(s => s.State == SignUpState.Confirmed).ToList();
        var waiting = live.Where(s => s.State == SignUpState.Waiting).ToList();
        lines.Add(confirmed.Count == 0 ? texts["RosterEmpty"] : "");
        lines.AddRange(confirmed.Select((s, i) => $"{i + 1}. {Line(s)}"));
        if (waiting.Count > 0)
        {
            lines.Add("");
            lines.Add(texts["RosterWaiting"]);
            lines.AddRange(waiting.Select((s, i) => $"{i + 1}. {Line(s)}"));
        }

        return string.Join('\n', lines);
    }

    public byte[] Csv(IReadOnlyList<SignUp> live) => CsvFile.Write(texts.Culture, live.Select(s =>
    {
        var p = s.Person!;
        return (IEnumerable<string?>)
        [
            p.Name ?? p.TelegramName, PhoneText.Show(p.Phone), p.Settlement,
            s.State == SignUpState.Confirmed ? texts["StatusConfirmedShort"] : texts["StatusWaitingShort"],
            p.AddedByStaff || s.ByStaff ? texts["ByPhone"] : "",
            s.Attended switch { true => texts["AttendedYes"], false => texts["AttendedNo"], null => "" },
        ];
    }).Prepend(texts["CsvHeader"].Split(';')));

    private string Line(SignUp s)
    {
        var p = s.Person!;
        var name = p.Name ?? p.TelegramName ?? texts["NameErased"];
        var mark = s.Attended switch { true => " ✅", false => " ❌", null => "" };
        return $"{name}, {PhoneText.Show(p.Phone) ?? texts["NoPhone"]}" + (p.AddedByStaff || s.ByStaff ? $" ({texts["ByPhone"]})" : "") + mark;
    }
}
