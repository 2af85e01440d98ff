using System.Globalization;
using ClubBot.Files;

namespace ClubBot.Features.Reports;

/// <summary>
/// The report as one CSV file (see <see cref="CsvFile"/>): a decimal comma, dates as dd.MM.yyyy, shares as
/// percentages; each table under its section's and its own title (once where they are the same), a blank line between.
/// </summary>
public static class ReportCsv
{
    /// <summary><paramref name="asOf"/> heads the file under the period's name, as the message's title does.</summary>
    public static byte[] Write(PeriodReport report, CultureInfo culture, string asOf) => CsvFile.Write(culture, Rows(report, culture, asOf));

    private static IEnumerable<IEnumerable<string?>> Rows(PeriodReport report, CultureInfo culture, string asOf)
    {
        yield return [report.Label];
        yield return [asOf];
        foreach (var section in report.Sections)
            foreach (var table in section.Tables)
            {
                yield return [];
                yield return [table.Title == section.Title ? table.Title : $"{section.Title}: {table.Title}"];
                yield return table.Headers;
                foreach (var row in table.Rows)
                    yield return row.Select(cell => Cell(cell, culture));
            }
    }

    private static string Cell(object? value, CultureInfo culture) => value switch
    {
        null => "",
        DateOnly d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        Share share => (share.Value * 100).ToString("0.#", culture) + "%",
        IFormattable f => f.ToString(null, culture),
        _ => value.ToString() ?? "",
    };
}
