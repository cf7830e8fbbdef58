using CsvHelper;
using NodaTime;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Governance.Host.Exports;

/// <summary>Writes rows as CSV (RFC 4180, CsvHelper) or as an Excel workbook (SpreadCheetah): one header row, then the rows.</summary>
public static class ExportFiles
{
    /// <summary>The CSV separators a client may ask for with <c>separator</c>: Excel with Dutch regional settings reads <c>;</c>.</summary>
    public enum CsvSeparator { Comma, Semicolon }

    public const string Csv = "text/csv; charset=utf-8";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Calendar = "text/calendar; charset=utf-8";

    /// <summary>
    /// Rows of a <c>[CsvRecord]</c> type (CsvHelper maps it at compile time) as UTF-8 CSV with a byte-order mark, so
    /// Excel reads accents right. A text cell that starts with <c>= + - @</c>, a tab or a CR gets a <c>'</c> in front
    /// (OWASP's advice against CSV injection): a title such as <c>=HYPERLINK(…)</c> written by one organisation is
    /// shown as text in another's spreadsheet, never run as a formula.
    /// </summary>
    public static byte[] ToCsv<T>(IEnumerable<T> rows, CsvSeparator separator = CsvSeparator.Comma)
    {
        using var stream = new MemoryStream();
        var options = CsvWriterOptions.For<T>() with
        {
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
            Separator = separator == CsvSeparator.Semicolon ? ';' : ',',
        };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
            csv.WriteRecords(rows);
        return stream.ToArray();
    }

    /// <summary>The <c>separator</c> query parameter: <c>comma</c> (the default) or <c>semicolon</c>; anything else is a 400 naming it.</summary>
    public static CsvSeparator? Separator(string? value, out IResult? problem)
    {
        problem = null;
        var errors = new Dictionary<string, string[]>();
        var parsed = Infrastructure.QueryFilters.Enum<CsvSeparator>(value, "separator", "separator is comma of semicolon.", errors);
        if (errors.Count > 0) { problem = Infrastructure.QueryFilters.Invalid(errors); return null; }
        return parsed ?? CsvSeparator.Comma;
    }

    /// <summary>
    /// Rows as a workbook with typed cells, so a spreadsheet can sort and compute with them: a <see cref="LocalDate"/>
    /// is a date cell (shown yyyy-mm-dd), an <see cref="Instant"/> a date-time cell in UTC, a bool a boolean, a number a
    /// number; everything else (ids, names, enum values) is text. An empty value is an empty cell.
    /// </summary>
    public static async Task<byte[]> ToXlsx<T>(IEnumerable<T> rows, string sheetName, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream,
            // Every cell says its own address (A1, B1, …): ExcelJS cannot read a sheet whose cells leave it out.
            new SpreadCheetahOptions { WriteCellReferenceAttributes = true }, ct))
        {
            await spreadsheet.StartWorksheetAsync(sheetName, token: ct);
            var date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });
            var moment = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd hh:mm:ss") });
            var properties = typeof(T).GetProperties();
            await spreadsheet.AddRowAsync(properties.Select(p => new Cell(p.Name)).ToList(), ct);
            foreach (var item in rows)
                await spreadsheet.AddRowAsync(properties.Select(p => CellOf(p.GetValue(item), date, moment)).ToList(), ct);
            await spreadsheet.FinishAsync(ct);
        }
        return stream.ToArray();
    }

    private static Cell CellOf(object? value, StyleId date, StyleId moment) => value switch
    {
        null => new Cell(),
        LocalDate d => new Cell(d.ToDateTimeUnspecified(), date),
        Instant i => new Cell(i.ToDateTimeUtc(), moment),
        bool flag => new Cell(flag),
        int or long or decimal or double => new Cell(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture)),
        _ => new Cell(value.ToString() ?? ""),
    };

    public static IResult File(byte[] content, string contentType, string fileName) =>
        Results.File(content, contentType, fileName);
}
