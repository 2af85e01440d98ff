using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ClubBot.Files;

/// <summary>
/// CSV as a coordinator opens it in Excel with a Russian locale: UTF-8 with a byte-order mark (so Cyrillic arrives
/// intact), «;» between cells, CRLF line ends. Quoting is CsvHelper's. Every CSV the bot sends is written here.
/// </summary>
public static class CsvFile
{
    public static byte[] Write(CultureInfo culture, IEnumerable<IEnumerable<string?>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(culture) { Delimiter = ";", NewLine = "\r\n" }))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row)
                    csv.WriteField(cell ?? "");
                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }
}
