using ClubBot.Features.Surveys;

namespace ClubBot.Tests.Features.Surveys;

/// <summary>The result arithmetic on a fixed set of answers, checked by hand.</summary>
public sealed class SurveyResultsTests
{
    private static readonly DateOnly November = new(2026, 11, 1);
    private static readonly DateOnly December = new(2026, 12, 1);

    // Six surveys after activities: five scores (one skipped), three comments, one from a person who deleted their data.
    private static readonly AnswerRow[] Rows =
    [
        Row(1, "quality", 5, null, activity: 10, kind: "trip", month: November),
        Row(1, "improve", null, "Всё отлично", activity: 10, kind: "trip", month: November),
        Row(2, "quality", 4, null, activity: 10, kind: "trip", month: November),
        Row(3, "quality", 2, null, activity: 11, kind: "workshop", month: December),
        Row(3, "improve", null, "Было холодно", activity: 11, kind: "workshop", month: December),
        Row(4, "quality", null, null, activity: 11, kind: "workshop", month: December, skipped: true),
        Row(5, "quality", 3, null, activity: 11, kind: "workshop", month: December),
        Row(6, "quality", 1, null, activity: 11, kind: "workshop", month: December, erased: true),
        Row(6, "improve", null, "Меня зовут Иван Иванов", activity: 11, kind: "workshop", month: December, erased: true),
        new(7, "after-request", "quality", 5, null, false, null, null, "repair", December, false),
        new(8, "after-request", "quality", 4, null, false, null, null, "repair", December, false),
        new(9, "after-request", "quality", 2, null, false, null, null, "cleaning", December, false),
    ];

    public static TheoryData<string, int, double?, double?> Groups => new()
    {
        // group, count, average, share satisfied
        { "all", 5, 3.0, 0.4 },
        { "kind:trip", 2, 4.5, 1.0 },
        { "kind:workshop", 3, 2.0, 0.0 },
        { "activity:10", 2, 4.5, 1.0 },
        { "activity:11", 3, 2.0, 0.0 },
        { "month:2026-11", 2, 4.5, 1.0 },
        { "month:2026-12", 3, 2.0, 0.0 },
        { "service:repair", 2, 4.5, 1.0 },
        { "service:cleaning", 1, 2.0, 0.0 },
    };

    [Theory]
    [MemberData(nameof(Groups))]
    public void Figures_CountOnlyGivenScores_AndShareTheFoursAndFives(string group, int count, double? average, double? satisfied)
    {
        var summary = group switch
        {
            "all" => SurveyResults.Summarize(Rows, "after-activity", "quality"),
            _ when group.StartsWith("kind:", StringComparison.Ordinal) => SurveyResults.By(Rows, "after-activity", "quality", r => r.ActivityKind)[group[5..]],
            _ when group.StartsWith("activity:", StringComparison.Ordinal) => SurveyResults.ByActivity(Rows, "after-activity", "quality")[long.Parse(group[9..], System.Globalization.CultureInfo.InvariantCulture)],
            _ when group.StartsWith("month:", StringComparison.Ordinal) => SurveyResults.ByMonth(Rows, "after-activity", "quality")[DateOnly.ParseExact(group[6..] + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
            _ => SurveyResults.By(Rows, "after-request", "quality", r => r.Service)[group[8..]],
        };

        Assert.Equal(count, summary.Count);
        Assert.Equal(average, summary.Average);
        Assert.Equal(satisfied, summary.SatisfiedShare);
    }

    [Fact]
    public void Comments_LeaveOutThoseOfAPersonWhoDeletedTheirData()
    {
        var summary = SurveyResults.Summarize(Rows, "after-activity", "quality");

        Assert.Equal(["Всё отлично", "Было холодно"], summary.Comments);
        Assert.Equal(40, summary.SatisfiedPercent);
    }

    [Fact]
    public void LowScores_AreFlagged_WithTheCommentFromTheSameSurvey()
    {
        var low = SurveyResults.Low(Rows);

        Assert.Equal([(3L, 2, "Было холодно"), (6L, 1, null), (9L, 2, null)], low.Select(l => (l.Low.InvitationId, l.Low.Score!.Value, l.Comment)));
    }

    [Fact]
    public void NoScores_GiveNoFigures()
    {
        var summary = SurveyResults.Summarize(Rows, "mood", "mood");

        Assert.Equal((0, (double?)null, (double?)null), (summary.Count, summary.Average, summary.SatisfiedShare));
    }

    private static AnswerRow Row(long invitation, string question, int? score, string? text, long activity, string kind, DateOnly month, bool skipped = false, bool erased = false) =>
        new(invitation, "after-activity", question, score, text, skipped, activity, kind, null, month, erased);
}
