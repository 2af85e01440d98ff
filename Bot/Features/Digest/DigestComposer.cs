using System.Globalization;
using ClubBot.Club;
using ClubBot.Features.Activities;
using ClubBot.Features.Calls;
using ClubBot.Features.Help;
using ClubBot.Features.Questions;
using ClubBot.Features.Surveys;
using ClubBot.Features.Volunteers;
using ClubBot.People;
using ClubBot.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClubBot.Features.Digest;

/// <summary>
/// The coordinators' morning summary (C1): short, in Russian, readable on a phone, sections with nothing to
/// say left out. Covers what happened since the last digest and what is on today and tomorrow.
/// </summary>
public sealed class DigestComposer(BotTexts texts, ClubTime clock, ActivityCards cards, RequestCards requests, CallList calls, IOptions<SurveyOptions> surveys)
{
    public async Task<string> ComposeAsync(DbContext db, DateTime sinceUtc, DateTime nowUtc)
    {
        var today = clock.ToLocal(nowUtc).Date;
        var sections = new List<string> { texts.Format("DigestTitle", today.ToString("d MMMM", CultureInfo.GetCultureInfo(texts.Language))) };

        var newcomers = await db.Set<Person>().Where(p => p.RegisteredAt >= sinceUtc && p.RegisteredAt < nowUtc && p.ErasedAt == null)
            .OrderBy(p => p.RegisteredAt).Select(p => p.Name).ToListAsync();
        if (newcomers.Count > 0)
            sections.Add(texts.Format("DigestNewcomers", newcomers.Count, string.Join(", ", newcomers)));

        var from = clock.ToUtc(today);
        var to = clock.ToUtc(today.AddDays(2));
        var activities = await db.Set<Activity>().Where(a => a.State == ActivityState.Planned && a.StartsAt >= from && a.StartsAt < to)
            .OrderBy(a => a.StartsAt).ToListAsync();
        if (activities.Count > 0)
        {
            var counts = await ActivityQueries.CountsAsync(db, activities.Select(a => a.Id).ToList());
            sections.Add(texts["DigestActivities"] + "\n" + string.Join('\n', activities.Select(a =>
                $"• {cards.Headline(a)} — {(a.Capacity is { } c ? $"{counts[a.Id].Confirmed}/{c}" : counts[a.Id].Confirmed.ToString(CultureInfo.InvariantCulture))}"
                + (counts[a.Id].Waiting > 0 ? texts.Format("DigestWaiting", counts[a.Id].Waiting) : ""))));
        }

        var todayDate = DateOnly.FromDateTime(today);
        var open = await db.Set<HelpRequest>().Include(r => r.Person)
            .Where(r => r.Status == RequestStatus.New || r.Status == RequestStatus.Assigned || r.Status == RequestStatus.InProgress).ToListAsync();
        var fresh = open.Where(r => r.CreatedAt >= sinceUtc).ToList();
        // The same count as «🆕 Новая (N)» in the staff's list of requests, so the two never disagree.
        var unassigned = open.Where(r => r.Status == RequestStatus.New).ToList();
        var overdue = open.Where(r => r.Day is { } day && day < todayDate).ToList();
        if (fresh.Count + unassigned.Count + overdue.Count > 0)
        {
            var lines = new List<string> { texts["DigestRequests"] };
            if (fresh.Count > 0)
                lines.Add(texts.Format("DigestRequestsNew", fresh.Count));
            if (unassigned.Count > 0)
                lines.Add(texts.Format("DigestRequestsUnassigned", requests.Status(RequestStatus.New), unassigned.Count, string.Join(", ", unassigned.Select(r => $"№ {r.Id}"))));
            lines.AddRange(overdue.Select(r => texts.Format("DigestRequestOverdue", requests.Line(r))));
            sections.Add(string.Join('\n', lines));
        }

        var done = await db.Set<HelpRequest>().Where(r => r.Status == RequestStatus.Done && r.VolunteerId != null && r.ClosedAt >= sinceUtc && r.ClosedAt < nowUtc)
            .Select(r => r.HoursSpent).ToListAsync();
        if (done.Count > 0)
            sections.Add(texts.Format("DigestVolunteerTasks", done.Count, done.Sum(h => h ?? 0).ToString("0.##", CultureInfo.GetCultureInfo(texts.Language))));

        var low = SurveyResults.Low(await SurveyResults.LoadAsync(db, sinceUtc));
        if (low.Count > 0)
        {
            // Named, with the question and a phone, so that someone can call; a person who erased their data stays anonymous.
            var invitations = low.Select(l => l.Low.InvitationId).Distinct().ToList();
            var who = await db.Set<SurveyInvitation>().Where(i => invitations.Contains(i.Id))
                .Select(i => new { i.Id, i.Person!.Name, i.Person.Phone, i.Person.ErasedAt }).ToDictionaryAsync(i => i.Id);
            string Line((AnswerRow Low, string? Comment) l)
            {
                var person = who.GetValueOrDefault(l.Low.InvitationId) is { ErasedAt: null, Name: { } name } p
                    ? $"{name}, {PhoneText.Show(p.Phone) ?? texts["NoPhone"]}"
                    : texts["NameErased"];
                var question = surveys.Value.Find(l.Low.Questionnaire)?.Questions.FirstOrDefault(q => q.Id == l.Low.Question)?.Prompt ?? l.Low.Question;
                return texts.Format("DigestLowScore", person, question, l.Low.Score!, l.Comment ?? texts["DigestNoComment"]);
            }

            sections.Add(texts["DigestLowScores"] + "\n" + string.Join('\n', low.Select(Line)));
        }

        var lost = await db.Set<Person>().Where(p => p.UnreachableSince >= sinceUtc && p.UnreachableSince < nowUtc && p.ErasedAt == null)
            .Select(p => new { p.Name, p.TelegramName, p.Phone }).ToListAsync();
        if (lost.Count > 0)
            sections.Add(texts["DigestUnreachable"] + "\n" + string.Join('\n', lost.Select(p => $"• {p.Name ?? p.TelegramName}, {PhoneText.Show(p.Phone) ?? texts["NoPhone"]}")));

        var toCall = await calls.BuildAsync(db, nowUtc);
        if (toCall.Count > 0)
            sections.Add(texts.Format("DigestCalls", toCall.Count));

        var questions = await db.Set<CoordinatorQuestion>().CountAsync(q => q.AnsweredAt == null && q.Text != "");
        if (questions > 0)
            sections.Add(texts.Format("DigestQuestions", questions));

        var applications = await VolunteerApplications.Pending(db).CountAsync();
        if (applications > 0)
            sections.Add(texts.Format("DigestVolunteerApplications", applications));

        if (sections.Count == 1)
            sections.Add(texts["DigestQuiet"]);
        return string.Join("\n\n", sections);
    }
}
