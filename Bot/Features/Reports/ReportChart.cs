using ClubBot.Texts;
using ScottPlot;

namespace ClubBot.Features.Reports;

/// <summary>
/// The picture that goes with a period report: participants reached in each of the last twelve months (bars)
/// and, on the right axis in percent, attendance (the share of marked people who came) and satisfaction (the share
/// of answers of 4–5), drawn with ScottPlot as a 640×400 PNG.
/// </summary>
public static class ReportChart
{
    public const int Width = 640;
    public const int Height = 400;

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

    public static byte[] Png(IReadOnlyList<MonthFigures> months, BotTexts texts)
    {
        _ = FontAdded.Value;
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
        if (percents)
        {
            plot.Axes.Right.Label.Text = texts["ChartPercentAxis"];
            plot.Axes.SetLimitsY(0, 110, plot.Axes.Right);
        }

        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.ShowLegend();
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
