using ClosedXML.Excel;
using CsvHelper;

namespace Governance.Host.Exports;

/// <summary>Writes rows as CSV (RFC 4180, CsvHelper) or as an Excel workbook (ClosedXML): one header row, then the rows.</summary>
public static class ExportFiles
{
    public const string Csv = "text/csv; charset=utf-8";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Calendar = "text/calendar; charset=utf-8";

    /// <summary>Rows of a <c>[CsvRecord]</c> type (CsvHelper maps it at compile time) as UTF-8 CSV with a byte-order mark, so Excel reads accents right.</summary>
    public static byte[] ToCsv<T>(IEnumerable<T> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvWriterOptions.For<T>() with { WriteByteOrderMark = true }, leaveOpen: true))
            csv.WriteRecords(rows);
        return stream.ToArray();
    }

    public static byte[] ToXlsx<T>(IEnumerable<T> rows, string sheetName)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        var properties = typeof(T).GetProperties();
        for (var column = 0; column < properties.Length; column++)
            sheet.Cell(1, column + 1).Value = properties[column].Name;
        var row = 2;
        foreach (var item in rows)
        {
            for (var column = 0; column < properties.Length; column++)
                // Every value as text: ISO dates stay ISO dates, whatever the reader's locale.
                sheet.Cell(row, column + 1).SetValue(properties[column].GetValue(item)?.ToString() ?? "");
            row++;
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static IResult File(byte[] content, string contentType, string fileName) =>
        Results.File(content, contentType, fileName);
}
