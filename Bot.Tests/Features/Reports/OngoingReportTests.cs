using System.Text;
using ClubBot.Club;
using ClubBot.Features.Activities;
using ClubBot.Features.Help;
using ClubBot.Features.Reports;
using ClubBot.People;
using ClubBot.Storage;
using ClubBot.Tests.Fakes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static ClubBot.Tests.Features.Reports.ReportDataset;

namespace ClubBot.Tests.Features.Reports;

/// <summary>
/// December 2026 asked for on the 15th at noon in Irkutsk: a month with data on both sides of now. Only what has
/// happened counts: held activities and their sign-ups, requests done (cancelled ones apart), people registered so
/// far; every breakdown adds up to its total. The expected figures are worked out by hand from the data below.
/// </summary>
public sealed class OngoingReportTests : IAsyncLifetime
{
    // 12:00 on 15 December in Irkutsk (UTC+8).
    private static readonly DateTime Now = new(2026, 12, 15, 4, 0, 0, DateTimeKind.Utc);
    private static readonly ReportPeriod December = ReportPeriod.Month(2026, 12);
    private readonly TestDatabase _database = new();
    private PeriodReport _report = null!;

    public async Task InitializeAsync()
    {
        await using var db = ReportDataset.Open(_database);
        await db.Database.MigrateAsync();
        await FillAsync(db);
        _report = await MakeAsync(db, December, Now);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    private static async Task FillAsync(BotDbContext db)
    {
        var q1 = Person("Оса", PersonCategory.Pensioner, Utc(2026, 11, 1));
        // Registered by phone: no category was asked.
        var q2 = Person("Бохан", null, Utc(2026, 12, 3));
        q2.UnreachableSince = Utc(2026, 12, 14);
        var q3 = Person("Оса", PersonCategory.Disability, Utc(2026, 12, 10));
        var q4 = Person("Бохан", PersonCategory.Other, Utc(2026, 11, 5));
        q4.ErasedAt = Utc(2026, 12, 12);
        var v = Person("Оса", PersonCategory.Pensioner, Utc(2026, 10, 1));
        v.Volunteer = VolunteerStatus.Approved;
        db.AddRange(q1, q2, q3, q4, v);

        var workshop = Activity("workshop", Utc(2026, 12, 5), ActivityState.Planned);
        // 10:00 today: begun before now, so held.
        var tripToday = Activity("trip", new DateTime(2026, 12, 15, 2, 0, 0, DateTimeKind.Utc), ActivityState.Planned);
        var cancelled = Activity("workshop", Utc(2026, 12, 8), ActivityState.Cancelled);
        var rehearsal = Activity("workshop", Utc(2026, 12, 20), ActivityState.Planned);
        var laterTrip = Activity("trip", Utc(2026, 12, 28), ActivityState.Planned);
        db.AddRange(workshop, tripToday, cancelled, rehearsal, laterTrip);
        db.AddRange(
            SignUp(workshop, q1, SignUpState.Confirmed, true),
            SignUp(workshop, q2, SignUpState.Confirmed, false, byStaff: true),
            SignUp(workshop, q3, SignUpState.Confirmed, null),
            SignUp(tripToday, q1, SignUpState.Confirmed, null),
            SignUp(cancelled, q3, SignUpState.Confirmed, null),
            SignUp(rehearsal, q1, SignUpState.Confirmed, null),
            SignUp(rehearsal, q2, SignUpState.Confirmed, null, byStaff: true),
            SignUp(rehearsal, q3, SignUpState.Confirmed, null),
            SignUp(laterTrip, q3, SignUpState.Confirmed, null));

        var aid = Request(RequestKind.Aid, q3, RequestStatus.Done, Utc(2026, 12, 11), Utc(2026, 12, 12), service: "Продукты");
        aid.ByStaff = true;
        db.AddRange(
            Request(RequestKind.Household, q1, RequestStatus.Done, Utc(2026, 12, 2), Utc(2026, 12, 4), service: "firewood", volunteer: v, hours: 2m),
            Request(RequestKind.Household, q2, RequestStatus.Cancelled, Utc(2026, 12, 5), Utc(2026, 12, 6), service: "cleaning"),
            Request(RequestKind.Household, q3, RequestStatus.InProgress, Utc(2026, 12, 9), Utc(2026, 12, 9), service: "cleaning", volunteer: v),
            Request(RequestKind.Ride, q2, RequestStatus.Done, Utc(2026, 12, 8), Utc(2026, 12, 10), rideTo: "МФЦ", escort: true, volunteer: v, hours: 1.5m),
            Request(RequestKind.Ride, q1, RequestStatus.Cancelled, Utc(2026, 12, 9), Utc(2026, 12, 11), rideTo: "МФЦ"),
            Request(RequestKind.Ride, q3, RequestStatus.New, Utc(2026, 12, 13), Utc(2026, 12, 13), rideTo: "Больница"),
            Request(RequestKind.Ride, q1, RequestStatus.Done, Utc(2026, 11, 25), Utc(2026, 11, 28), rideTo: "Больница"),
            aid);

        Answer(db, q1, "after-activity", "quality", 5, Utc(2026, 12, 6));
        Answer(db, q2, "after-activity", "quality", 2, Utc(2026, 12, 7));
        Answer(db, q3, "mood", "mood", 4, Utc(2026, 12, 11));
        await db.SaveChangesAsync();
    }

    [Fact]
    public void Headline_CountsOnlyWhatHasHappened_UpToNow()
    {
        var h = _report.Headline;

        Assert.True(_report.Ongoing);
        Assert.Equal(Now, _report.AsOfUtc);
        Assert.Equal((4, 3, 2, 3, 1), (h.Registered, h.RegisteredBefore, h.New, h.Reached, h.Unreachable));
        Assert.Equal((2, 4, 1, 1, 1), (h.Held, h.SignUps, h.Attended, h.NoShows, h.ByStaff));
        Assert.Equal((1, 1, 1, 2), (h.Household, h.Rides, h.Aid, h.Cancelled));
        Assert.Equal((1, 2, 3.5m), (h.ActiveVolunteers, h.TasksDone, h.Hours));
    }

    [Fact]
    public void EveryBreakdown_AddsUpToItsTotal()
    {
        var h = _report.Headline;
        Assert.Equal([["Оса", 3], ["Бохан", 1]], Rows(_report, "По населённым пунктам"));
        Assert.Equal([["Пенсионер", 2], ["Человек с инвалидностью", 1], ["Другое", 0], ["не указано", 1]], Rows(_report, "По категориям"));
        Assert.Equal(h.Registered, Rows(_report, "По категориям").Sum(r => (int)r[1]!));
        Assert.Equal([["Поездка", 1, 1, 0, 0, null, 0], ["Мастер-класс", 1, 3, 1, 1, new Share(0.5), 1]], Rows(_report, "Занятия по видам"));
        Assert.Equal([["Уборка", 0, 0, 1], ["Дрова", 1, 500, 0]], Rows(_report, "Помощь по дому"));
        Assert.Equal([["МФЦ", 1, 1, 1]], Rows(_report, "Поездки"));
        Assert.Equal([["Продукты", 1, 0]], Rows(_report, "Автобус добра"));
        Assert.Equal(h.Cancelled, Rows(_report, "Помощь по дому").Concat(Rows(_report, "Поездки")).Sum(r => (int)r[^1]!) + Rows(_report, "Автобус добра").Sum(r => (int)r[^1]!));
    }

    [Fact]
    public void Message_SaysAsOfWhen_AndEveryFigure()
    {
        var texts = ReportDataset.Texts();
        var text = new ReportText(texts, new ClubTime(Options.Create(new ClubOptions { TimeZone = "Asia/Irkutsk" }), TimeProvider.System, texts)).Compose(_report);

        Assert.StartsWith("📈 Отчёт: декабрь 2026\nПо состоянию на 15 декабря, 12:00: период ещё идёт", text);
        Assert.Contains("👥 Участников: 4 (+1 за период)\nНовых: 2 · Приняли участие: 3 · Бот не может написать: 1", text);
        Assert.Contains("📅 Занятий проведено: 2\nЗаписей: 4 · Пришли: 1 · Не пришли: 1 · Записаны по телефону: 1", text);
        Assert.Contains("Посещаемость: █████░░░░░ 50%", text);
        Assert.Contains("🤝 Выполнено заявок: помощь по дому — 1 · поездки — 1 · «Автобус добра» — 1\nОтменено заявок: 2 (в итог не входят)", text);
        Assert.Contains("🙋 Волонтёров с заданиями: 1 · Заданий выполнено: 2 · Часов: 3,5", text);
        Assert.Contains("После занятия: █████░░░░░ 50% · средняя 3,5 из 5 · ответов 2", text);
        Assert.Contains("Настроение: ██████████ 100% · средняя 4,0 из 5 · ответов 1", text);
    }

    [Fact]
    public void Csv_HeadsWithTheMoment_NamesEachTableOnce_AndCarriesTheBreakdowns()
    {
        var lines = Encoding.UTF8.GetString(ReportCsv.Write(_report, ReportDataset.Texts().Culture, "По состоянию на 15 декабря, 12:00")[3..]).Split("\r\n");

        Assert.Equal(["декабрь 2026", "По состоянию на 15 декабря, 12:00"], lines[..2]);
        Assert.DoesNotContain(lines, l => l.Split(':') is [var a, var b] && a.Trim() == b.Trim());
        Assert.Contains("Зарегистрировано на конец периода;4", lines);
        Assert.Contains("не указано;1", lines);
        Assert.Contains("Мастер-класс;1;3;1;1;50%;1", lines);
        Assert.Contains("Поездка;1;1;0;0;;0", lines);
        Assert.Contains("Уборка;0;0;1", lines);
        Assert.Contains("Дрова;1;500;0", lines);
        Assert.Contains("МФЦ;1;1;1", lines);
        Assert.Contains("Продукты;1;0", lines);
        Assert.Contains("Часов;3,5", lines);
    }

    [Fact]
    public void Workbook_HasTheSameFigures()
    {
        using var stream = new MemoryStream(ReportXlsx.Write(_report));
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();

        Assert.Equal("4", Value(workbook, sheets[0], "Зарегистрировано на конец периода"));
        Assert.Equal(["2", "1", "0", "1"], new[] { "Пенсионер", "Человек с инвалидностью", "Другое", "не указано" }.Select(c => Value(workbook, sheets[0], c)));
        Assert.Equal(["1", "3", "1", "1"], "BCDE".Select(column => Value(workbook, sheets[1], "Мастер-класс", column)));
        Assert.Equal("500", Value(workbook, sheets[2], "Дрова", column: 'C'));
        Assert.Equal(["1", "1", "1"], "BCD".Select(column => Value(workbook, sheets[2], "МФЦ", column)));
    }

    /// <summary>The cell in <paramref name="column"/> of the row whose first cell reads <paramref name="label"/>.</summary>
    private static string Value(WorkbookPart workbook, Sheet sheet, string label, char column = 'B')
    {
        var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().ToList();
        var row = cells.Single(c => c.CellReference!.Value!.StartsWith('A') && c.InlineString?.InnerText == label).CellReference!.Value![1..];
        return cells.Single(c => c.CellReference == column + row).CellValue!.Text;
    }


}
