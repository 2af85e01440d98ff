using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ClubBot.Features.Reports;

/// <summary>
/// The report as one CSV file that opens in Excel with a Russian locale: UTF-8 with a byte-order mark, «;» between
/// cells, a decimal comma, dates as dd.MM.yyyy; each table under its section's and its own title, a blank line between.
/// </summary>
public static class ReportCsv
{
    public static byte[] Write(PeriodReport report, CultureInfo culture)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(culture) { Delimiter = ";", NewLine = "\r\n" }))
        {
            csv.WriteField(report.Label);
            csv.NextRecord();
            foreach (var section in report.Sections)
                foreach (var table in section.Tables)
                {
                    csv.NextRecord();
                    csv.WriteField($"{section.Title}: {table.Title}");
                    csv.NextRecord();
                    foreach (var header in table.Headers)
                        csv.WriteField(header);
                    csv.NextRecord();
                    foreach (var row in table.Rows)
                    {
                        foreach (var cell in row)
                            csv.WriteField(Cell(cell, culture));
                        csv.NextRecord();
                    }
                }
        }

        return stream.ToArray();
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
