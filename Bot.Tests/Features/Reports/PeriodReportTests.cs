using System.Text;
using ClubBot.Features.Reports;
using ClubBot.Tests.Fakes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace ClubBot.Tests.Features.Reports;

/// <summary>Every figure of October 2026's report over <see cref="ReportDataset"/>, worked out by hand, in the message, the CSV and the workbook.</summary>
public sealed class PeriodReportTests : IAsyncLifetime
{
    private static readonly DateTime Made = new(2026, 11, 23, 4, 0, 0, DateTimeKind.Utc);
    private readonly TestDatabase _database = new();
    private PeriodReport _report = null!;

    public async Task InitializeAsync()
    {
        await using var db = ReportDataset.Open(_database);
        await db.Database.MigrateAsync();
        await ReportDataset.FillAsync(db);
        _report = await ReportDataset.MakeAsync(db, ReportDataset.October, Made);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Headline_CountsPeopleActivitiesHelpAndVolunteers_AtThePeriodsEdgesInTheClubsZone()
    {
        var h = _report.Headline;

        Assert.Equal("октябрь 2026", _report.Label);
        Assert.Equal((5, 3, 3, 3), (h.Registered, h.RegisteredBefore, h.New, h.Reached));
        Assert.Equal((2, 5, 3, 1, 1), (h.Held, h.SignUps, h.Attended, h.NoShows, h.ByStaff));
        Assert.Equal(0.75, h.AttendanceRate);
        Assert.Equal((2, 1, 0, 1), (h.Household, h.Rides, h.Aid, h.Cancelled));
        Assert.Equal((1, 2, 5.5m), (h.ActiveVolunteers, h.TasksDone, h.Hours));
        Assert.Equal(1, h.Unreachable);
        Assert.Equal([("После занятия", 2, 4.0, 0.5), ("Настроение", 2, 3.0, 0.5)],
            h.Satisfaction.Select(s => (s.Questionnaire, s.Summary.Count, s.Summary.Average!.Value, s.Summary.SatisfiedShare!.Value)));
    }

    [Fact]
    public async Task TheTrend_CountsEachOfTwelveMonthsAsItsOwnReport_AndTheChartDrawsThoseNumbers()
    {
        var trend = _report.Trend;

        Assert.Equal(Enumerable.Range(0, 12).Select(i => ReportPeriod.Month(2025 + (10 + i) / 12, (10 + i) % 12 + 1)), trend.Select(m => m.Month));
        // October, worked out by hand (see the headline): 3 took part, 3 came, 3 of 4 marked, half the answers 4 or 5,
        // and half the mood answers 4 or 5.
        Assert.Equal((3, 3, 0.75, 0.5, 0.5), (trend[^1].Reached, trend[^1].Attended, trend[^1].AttendanceRate!.Value, trend[^1].SatisfiedShare!.Value, trend[^1].MoodShare!.Value));
        await using (var db = ReportDataset.Open(_database))
        {
            foreach (var month in trend)
            {
                var own = (await ReportDataset.MakeAsync(db, month.Month, Made)).Headline;
                Assert.Equal((own.Reached, own.Attended, own.AttendanceRate), (month.Reached, month.Attended, month.AttendanceRate));
            }
        }

        Assert.Equal(trend.Select(m => (double)m.Reached), ReportChart.Reached(trend));
        // The lower panel: October's kinds as the kinds' table has them (a trip 2 of 2, a master class 1 of 2).
        Assert.Equal([100.0, 50.0], ReportChart.ByKind(_report.ByKind));
        Assert.Equal(["Поездка", "Мастер-класс"], _report.ByKind.Select(k => k.Kind));
        var png = ReportChart.Png(_report, ReportDataset.Texts());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal((640, 640), (BigEndian(png, 16), BigEndian(png, 20)));
        Assert.Equal(["окт 2026", 3, 3, new Share(0.75), new Share(0.5), new Share(0.5)], ReportDataset.Rows(_report, "По месяцам")[^1]);
    }

    private static int BigEndian(byte[] bytes, int at) => System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at, 4));

    [Fact]
    public void Tables_BreakTheFiguresDown()
    {
        Assert.Equal(["Участники", "Занятия", "Помощь", "Волонтёры", "Удовлетворённость", "По месяцам"], _report.Sections.Select(s => s.Title));
        Assert.Equal([["Оса", 3], ["Бохан", 2]], ReportDataset.Rows(_report, "По населённым пунктам"));
        Assert.Equal([["Пенсионер", 3], ["Человек с инвалидностью", 1], ["Другое", 1]], ReportDataset.Rows(_report, "По категориям"));
        Assert.Equal([["Поездка", 1, 2, 2, 0, new Share(1), 1], ["Мастер-класс", 1, 3, 1, 1, new Share(0.5), 0]], ReportDataset.Rows(_report, "Занятия по видам").OrderBy(r => (string)r[0]!, StringComparer.Ordinal).Reverse());
        Assert.Equal([["Уборка", 1, 300, 0], ["Дрова", 1, 500, 1]], ReportDataset.Rows(_report, "Помощь по дому"));
        Assert.Equal([["Больница", 1, 1, 0]], ReportDataset.Rows(_report, "Поездки"));
        Assert.Empty(ReportDataset.Rows(_report, "Автобус добра"));
        Assert.Equal([[new DateOnly(2026, 10, 1), 2, 3.0, new Share(0.5)]], ReportDataset.Rows(_report, "Настроение по месяцам"));
        Assert.Equal(66.7m, ReportDataset.Rows(_report, "Участники").Single(r => (string)r[0]! == "Прирост, %")[1]);
    }

    [Fact]
    public void Message_IsShort_WithBars()
    {
        var text = new ReportText(ReportDataset.Texts(), new ClubBot.Club.ClubTime(Microsoft.Extensions.Options.Options.Create(new ClubBot.Club.ClubOptions { TimeZone = "Asia/Irkutsk" }), TimeProvider.System, ReportDataset.Texts())).Compose(_report);

        Assert.StartsWith("📈 Отчёт: октябрь 2026\nСоставлен 23.11.2026 12:00", text);
        Assert.Contains("👥 Участников: 5 (+2 за период)", text);
        Assert.Contains("Посещаемость: ████████░░ 75%", text);
        Assert.Contains("После занятия: █████░░░░░ 50% · средняя 4,0 из 5 · ответов 2", text);
        Assert.True(text.Length <= ReportText.MaxLength);
    }

    [Fact]
    public void Csv_HasABomSemicolonsAndRussianNumbers()
    {
        var bytes = ReportCsv.Write(_report, ReportDataset.Texts().Culture, "Составлен 23.11.2026 12:00");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(["октябрь 2026", "Составлен 23.11.2026 12:00"], lines[..2]);
        Assert.Contains("Участники", lines);
        Assert.DoesNotContain("Участники: Участники", lines);
        Assert.Contains("Занятия: Занятия по видам", lines);
        Assert.Contains("Вид;Проведено;Записей;Пришли;Не пришли;Посещаемость;Записаны по телефону", lines);
        Assert.Contains("Мастер-класс;1;3;1;1;50%;0", lines);
        Assert.Contains("Начало периода;01.10.2026", lines);
        Assert.Contains("Часов;5,5", lines);
        Assert.Contains("01.10.2026;2;3;50%", lines);
    }

    [Fact]
    public void Xlsx_HasASheetPerSection_BoldFrozenHeaders_NumbersAndDates()
    {
        using var stream = new MemoryStream(ReportXlsx.Write(_report));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Участники", "Занятия", "Помощь", "Волонтёры", "Удовлетворённость", "По месяцам"], sheets.Select(s => s.Name!.Value));

        var activities = (WorksheetPart)workbook.GetPartById(sheets[1].Id!);
        var cells = activities.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("Вид", cells["A2"].InlineString!.InnerText);
        Assert.Equal(1u, cells["A2"].StyleIndex!.Value);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, activities.Worksheet.Descendants<Pane>().Single().State!.Value);
        var workshop = cells.Values.Single(c => c.InlineString?.InnerText == "Мастер-класс").CellReference!.Value![1..];
        Assert.Equal("3", cells["C" + workshop].CellValue!.Text);
        Assert.Null(cells["C" + workshop].DataType);
        Assert.Equal("0.5", cells["F" + workshop].CellValue!.Text);

        var people = (WorksheetPart)workbook.GetPartById(sheets[0].Id!);
        var start = people.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B3");
        Assert.Equal(new DateTime(2026, 10, 1).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), start.CellValue!.Text);
        Assert.Equal(2u, start.StyleIndex!.Value);
    }

    [Fact]
    public async Task APastPeriod_MadeAgainAfterLaterEdits_HasTheSameFigures()
    {
        await using (var db = ReportDataset.Open(_database))
        {
            // In November: a done request is written about and its hours corrected, an October activity is renamed
            // and moved to another room, and the report is made again in December.
            var closed = await db.Set<ClubBot.Features.Help.HelpRequest>().Where(r => r.ClosedAt != null).ToListAsync();
            foreach (var request in closed)
            {
                request.UpdatedAt = ReportDataset.Utc(2026, 11, 20);
                request.Details = "Позвонили, всё хорошо";
            }

            foreach (var activity in await db.Set<ClubBot.Features.Activities.Activity>().ToListAsync())
                (activity.Title, activity.Place) = (activity.Title + " (перенесено)", "Библиотека");
            await db.SaveChangesAsync();
        }

        await using var again = ReportDataset.Open(_database);
        var remade = await ReportDataset.MakeAsync(again, ReportDataset.October, new DateTime(2026, 12, 15, 4, 0, 0, DateTimeKind.Utc));

        Assert.False(remade.Ongoing);
        Assert.Equal(ReportCsv.Write(_report, ReportDataset.Texts().Culture, "—"), ReportCsv.Write(remade, ReportDataset.Texts().Culture, "—"));
    }


}
