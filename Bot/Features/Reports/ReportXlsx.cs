using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ClubBot.Features.Reports;

/// <summary>
/// The report as an Excel workbook: a sheet per section, its tables one under another, each with a bold title and
/// bold headers; the first table's header row is frozen. Numbers are numbers, shares are percentages, dates are dates.
/// </summary>
public static class ReportXlsx
{
    private const uint Bold = 1;
    private const uint Date = 2;
    private const uint Percent = 3;

    public static byte[] Write(PeriodReport report)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var section in report.Sections)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(section);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(section.Title) });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Worksheet Sheet(ReportSection section)
    {
        var data = new SheetData();
        uint row = 0;
        foreach (var table in section.Tables)
        {
            if (row > 0)
                row++;
            data.Append(Row(++row, [table.Title], Bold));
            data.Append(Row(++row, table.Headers.Cast<object?>().ToList(), Bold));
            foreach (var cells in table.Rows)
                data.Append(Row(++row, cells, null));
        }

        // The first table's title and headers stay in view while scrolling.
        var view = new SheetView { WorkbookViewId = 0 };
        view.Append(new Pane { VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        var widths = new Columns(new Column { Min = 1, Max = 1, Width = 42, CustomWidth = true }, new Column { Min = 2, Max = 8, Width = 16, CustomWidth = true });
        return new Worksheet(new SheetViews(view), widths, data);
    }

    private static Row Row(uint index, IReadOnlyList<object?> cells, uint? style)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Count; i++)
        {
            if (Cell(cells[i]) is not { } cell)
                continue;
            cell.CellReference = $"{(char)('A' + i)}{index}";
            if (style is { } s)
                cell.StyleIndex = s;
            row.Append(cell);
        }

        return row;
    }

    private static Cell? Cell(object? value) => value switch
    {
        null => null,
        string text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) },
        DateOnly d => new Cell { CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)), StyleIndex = Date },
        Share share => new Cell { CellValue = new CellValue(share.Value.ToString(CultureInfo.InvariantCulture)), StyleIndex = Percent },
        IFormattable number => new Cell { CellValue = new CellValue(number.ToString(null, CultureInfo.InvariantCulture)) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? "")) },
    };

    /// <summary>Cell formats: 0 plain, 1 bold, 2 a date (built-in format 14), 3 a percentage with one decimal.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true })
        { Count = 4 });

    private static string SheetName(string title)
    {
        var clean = new string(title.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
