namespace Governance.Host.Infrastructure;

/// <summary>
/// How lists are paged: <c>offset</c> (default 0) and <c>limit</c> (default and maximum <see cref="MaxLimit"/>) in
/// the query; the answer stays a plain JSON array, and the header <c>X-Total-Count</c> tells how many there are in
/// all, so a client pages until offset + count reaches it.
/// </summary>
public static class Paging
{
    public const int MaxLimit = 500;
    public const string TotalCountHeader = "X-Total-Count";

    /// <summary>Read as text: a number that is not one ("veel") is a 400 naming it, not silently ignored.</summary>
    public static (int Offset, int Limit) Read(string? offset, string? limit, Dictionary<string, string[]> errors)
    {
        var start = Number(offset, "offset", 0, int.MaxValue, 0, "offset is een getal van 0 of meer.", errors);
        var size = Number(limit, "limit", 1, MaxLimit, MaxLimit, $"limit is een getal van 1 tot en met {MaxLimit}.", errors);
        return (start, size);
    }

    private static int Number(string? text, string field, int min, int max, int whenAbsent, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return whenAbsent;
        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max) return value;
        errors[field] = [message];
        return whenAbsent;
    }

    public static List<T> Page<T>(this IReadOnlyCollection<T> all, (int Offset, int Limit) page, HttpContext http)
    {
        Counted(http, all.Count);
        return all.Skip(page.Offset).Take(page.Limit).ToList();
    }

    /// <summary>Says how many there are in all, for a list the database pages itself.</summary>
    public static void Counted(HttpContext http, int total) =>
        http.Response.Headers[TotalCountHeader] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
