using ClubBot.Club;
using ClubBot.Features.Activities;
using ClubBot.Features.Surveys;
using ClubBot.Files;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Calls;

/// <summary>One person to call and why.</summary>
public sealed record CallEntry(string Name, string Settlement, string Phone, IReadOnlyList<string> Reasons);

/// <summary>
/// «📞 Кому позвонить»: people a coordinator should phone today — no answer to a reminder for tomorrow, two missed
/// sign-ups in a row, a last survey score of 1–2 or a falling mood, the bot cannot reach them, or they have no
/// Telegram and are signed up for tomorrow. One line a person, all reasons together.
/// </summary>
public sealed class CallList(BotTexts texts, ClubTime clock, IOptions<SurveyOptions> surveys)
{
    public const int MaxLines = 15;

    public async Task<List<CallEntry>> BuildAsync(DbContext db, DateTime nowUtc)
    {
        var tomorrow = clock.ToLocal(nowUtc).Date.AddDays(1);
        var (from, to) = (clock.ToUtc(tomorrow), clock.ToUtc(tomorrow.AddDays(1)));
        var reasons = new Dictionary<long, List<string>>();
        void Add(IEnumerable<long> ids, string key)
        {
            foreach (var id in ids)
                (reasons.TryGetValue(id, out var list) ? list : reasons[id] = []).Add(texts[key]);
        }

        var tomorrowSignUps = db.Set<SignUp>().Where(s => s.State != SignUpState.Cancelled && s.Activity!.State == ActivityState.Planned && s.Activity.StartsAt >= from && s.Activity.StartsAt < to);
        Add(await tomorrowSignUps.Where(s => s.ReminderAnsweredAt == null && db.Set<SentReminder>().Any(r => r.SignUpId == s.Id)).Select(s => s.PersonId).ToListAsync(), "CallNoAnswer");
        Add(await tomorrowSignUps.Where(s => s.Person!.ChatId == null).Select(s => s.PersonId).ToListAsync(), "CallNoTelegram");

        var marked = await db.Set<SignUp>().Where(s => s.State == SignUpState.Confirmed && s.Attended != null && s.Activity!.StartsAt < nowUtc)
            .Select(s => new { s.PersonId, s.Attended, s.Activity!.StartsAt }).ToListAsync();
        Add(marked.GroupBy(s => s.PersonId).Where(g => g.OrderByDescending(s => s.StartsAt).Take(2).Count(s => s.Attended == false) == 2).Select(g => g.Key), "CallMissedTwice");

        var scales = surveys.Value.Questionnaires.SelectMany(q => q.Questions.Where(x => x.Kind == SurveyQuestion.Scale).Take(1).Select(x => (Questionnaire: q.Id, Question: x.Id))).ToList();
        var answers = (await db.Set<SurveyAnswer>().Where(a => a.Score != null && !a.Skipped)
            .Select(a => new { a.Invitation!.PersonId, a.Invitation.Questionnaire, a.Question, a.Score, a.AnsweredAt }).ToListAsync())
            .Where(a => scales.Contains((a.Questionnaire, a.Question))).ToList();
        Add(answers.GroupBy(a => a.PersonId).Where(g => g.MaxBy(a => a.AnsweredAt)!.Score <= 2).Select(g => g.Key), "CallLowScore");
        Add(answers.Where(a => a.Questionnaire == surveys.Value.MonthlyMood).GroupBy(a => a.PersonId)
            .Where(g => g.OrderByDescending(a => a.AnsweredAt).Take(2).ToList() is [var last, var before] && last.Score < before.Score).Select(g => g.Key), "CallMoodFell");

        Add(await db.Set<Person>().Where(p => p.UnreachableSince != null && p.ErasedAt == null && p.RegisteredAt != null).Select(p => p.Id).ToListAsync(), "CallUnreachable");

        var ids = reasons.Keys.ToList();
        var people = await db.Set<Person>().Where(p => ids.Contains(p.Id) && p.ErasedAt == null).ToListAsync();
        return people.OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => new CallEntry(p.Name ?? texts["NameErased"], p.Settlement ?? texts["NotGiven"], PhoneText.Show(p.Phone) ?? texts["NoPhone"], reasons[p.Id].Distinct().ToList()))
            .ToList();
    }

    /// <summary>At most <see cref="MaxLines"/> lines, and how many more are in the file.</summary>
    public string Message(IReadOnlyList<CallEntry> entries)
    {
        if (entries.Count == 0)
            return texts["CallNobody"];
        var lines = entries.Take(MaxLines).Select(e => $"• {e.Name}, {e.Settlement}, {e.Phone} — {string.Join(", ", e.Reasons)}");
        var text = texts.Format("CallTitle", entries.Count) + "\n" + string.Join('\n', lines);
        return entries.Count > MaxLines ? text + "\n" + texts.Format("CallMoreInFile", entries.Count - MaxLines) : text;
    }

    public byte[] Csv(IReadOnlyList<CallEntry> entries) => CsvFile.Write(texts.Culture,
        entries.Select(e => (IEnumerable<string?>)[e.Name, e.Settlement, e.Phone, string.Join(", ", e.Reasons)]).Prepend(texts["CallCsvHeader"].Split(';')));
}
