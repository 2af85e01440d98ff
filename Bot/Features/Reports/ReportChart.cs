using ClubBot.Texts;
using ScottPlot;
using SkiaSharp;

namespace ClubBot.Features.Reports;

/// <summary>
/// The picture that goes with a period report, drawn with ScottPlot as one 640×640 PNG of two panels. Above, the
/// last twelve months: participants reached (bars) and, on the right axis in percent, attendance (the share of
/// marked people who came), satisfaction and mood (the shares of answers of 4–5). Below, the period's attendance
/// by kind of activity (horizontal bars).
/// </summary>
public static class ReportChart
{
    public const int Width = 640;
    public const int Height = TrendHeight + KindsHeight;

    private const int TrendHeight = 400;
    private const int KindsHeight = 240;

    private const string FontName = "DejaVu Sans";

    private static readonly Lazy<bool> FontAdded = new(() =>
    {
        // Shipped beside the bot (Bot.csproj), so Cyrillic is drawn whatever fonts the machine has.
        var dir = Path.Combine(AppContext.BaseDirectory, "Fonts");
        Fonts.AddFontFile(FontName, Path.Combine(dir, "DejaVuSans.ttf"), bold: false, italic: false);
        Fonts.AddFontFile(FontName, Path.Combine(dir, "DejaVuSans-Bold.ttf"), bold: true, italic: false);
        return true;
    });

    /// <summary>The bars' heights, in month order, as they are drawn (for the test that holds them to the report).</summary>
    public static double[] Reached(IReadOnlyList<MonthFigures> months) => months.Select(m => (double)m.Reached).ToArray();

    /// <summary>A share (0–1) per month as a line in percent on the right axis, through the months that have one.</summary>
    private static bool AddPercentLine(Plot plot, IReadOnlyList<MonthFigures> months, Func<MonthFigures, double?> share, string legend)
    {
        var points = months.Select((m, i) => (X: (double)i, Share: share(m))).Where(p => p.Share is not null).ToList();
        if (points.Count == 0)
            return false;
        var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Share!.Value * 100).ToArray());
        line.Axes.YAxis = plot.Axes.Right;
        line.LegendText = legend;
        line.LineWidth = 2;
        return true;
    }

    /// <summary>The bars of the lower panel, kind by kind as drawn: attendance in percent.</summary>
    public static double[] ByKind(IReadOnlyList<KindAttendance> kinds) => kinds.Select(k => Math.Round(k.Rate * 100, 1)).ToArray();

    public static byte[] Png(PeriodReport report, BotTexts texts) => Png(report.Trend, report.ByKind, texts);

    public static byte[] Png(IReadOnlyList<MonthFigures> months, IReadOnlyList<KindAttendance> kinds, BotTexts texts)
    {
        _ = FontAdded.Value;
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        surface.Canvas.Clear(SKColors.White);
        // Each panel is drawn whole on its own and then placed: a plot rendered into part of a canvas clears all of it.
        using (var trend = SKBitmap.Decode(Trend(months, texts).GetImageBytes(Width, TrendHeight, ImageFormat.Png)))
            surface.Canvas.DrawBitmap(trend, 0, 0);
        using (var byKind = SKBitmap.Decode(Kinds(kinds, texts).GetImageBytes(Width, KindsHeight, ImageFormat.Png)))
            surface.Canvas.DrawBitmap(byKind, 0, TrendHeight);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static Plot Kinds(IReadOnlyList<KindAttendance> kinds, BotTexts texts)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        if (kinds.Count == 0)
        {
            // Said where the bars would be, in the middle of the panel, rather than as a title over an empty frame.
            var note = plot.Add.Annotation(texts["ChartByKindEmpty"], Alignment.MiddleCenter);
            note.LabelFontSize = 16;
            note.LabelBackgroundColor = Colors.White;
            note.LabelBorderColor = Colors.White;
            note.LabelShadowColor = Colors.Transparent;
            plot.HideGrid();
            plot.Axes.Frameless();
            return plot;
        }

        plot.Title(texts["ChartByKindTitle"]);
        var rates = ByKind(kinds);
        var bars = plot.Add.Bars(rates);
        bars.Horizontal = true;
        foreach (var (bar, rate) in bars.Bars.Zip(rates))
            bar.Label = rate.ToString("0", texts.Culture);
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, kinds.Count).Select(i => (double)i)], [.. kinds.Select(k => k.Kind)]);
        plot.Axes.SetLimitsX(0, 110);
        plot.Axes.SetLimitsY(-0.6, kinds.Count - 0.4);
        return plot;
    }

    private static Plot Trend(IReadOnlyList<MonthFigures> months, BotTexts texts)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(texts["ChartTitle"]);
        var bars = plot.Add.Bars(Reached(months));
        bars.LegendText = texts["ChartReached"];
        var positions = Enumerable.Range(0, months.Count).Select(i => (double)i).ToArray();
        // The year only where it starts, so twelve labels fit side by side: «нояб 2025», «дек», «янв 2026», «февр» …
        plot.Axes.Bottom.SetTicks(positions, months.Select((m, i) => i == 0 || m.Month.From.Month == 1
            ? MonthlyTrend.MonthName(m.Month, texts).Replace(' ', '\n')
            : MonthlyTrend.MonthName(m.Month, texts).Split(' ')[0]).ToArray());
        plot.Axes.Left.Label.Text = texts["ChartReachedAxis"];
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.SetLimitsY(0, Math.Max(1, months.Count == 0 ? 1 : months.Max(m => m.Reached)) * 1.2, plot.Axes.Left);

        var percents = false;
        percents |= AddPercentLine(plot, months, m => m.AttendanceRate, texts["ChartAttendance"]);
        percents |= AddPercentLine(plot, months, m => m.SatisfiedShare, texts["ChartSatisfied"]);
        percents |= AddPercentLine(plot, months, m => m.MoodShare, texts["ChartMood"]);
        if (percents)
        {
            plot.Axes.Right.Label.Text = texts["ChartPercentAxis"];
            plot.Axes.SetLimitsY(0, 110, plot.Axes.Right);
        }

        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.ShowLegend();
        return plot;
    }
}
