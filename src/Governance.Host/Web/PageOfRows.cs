using Microsoft.AspNetCore.Http.Extensions;

namespace Governance.Host.Web;

/// <summary>
/// One page of a long list (the audit trail, the programme timeline): a person reads the newest rows and pages on,
/// instead of scrolling through hundreds. The page number travels in the address (<see cref="Parameter"/>), so a page
/// can be bookmarked and works without JavaScript; every other part of the address (filters, a chosen date) is kept.
/// </summary>
public sealed record PageOfRows<T>(IReadOnlyList<T> Rows, int Number, int Count, int Total, string Parameter, string Fragment, IQueryCollection Query)
{
    public bool Paged => Count > 1;

    /// <summary>How many there are in all and, when paged, which page this is: "120 besluiten, pagina 2 van 3".</summary>
    public string Caption(string one, string many) => Dutch.Count(Total, one, many) + (Paged ? $", pagina {Number} van {Count}" : "");

    /// <summary>The paging links under the list (partial _Paginering), named for screen readers by <paramref name="label"/>.</summary>
    public PageLinks Links(string label) => new(Number, Count, Href, label);

    /// <summary>The address of page <paramref name="number"/>: the current query with only the page number changed.</summary>
    public string Href(int number)
    {
        // An empty filter field (a GET form sends every field) means no filter: left out, so the address stays short.
        var query = new QueryBuilder(Query.Where(q => q.Key != Parameter && q.Key != PageOfRows.Row)
            .SelectMany(q => q.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string>(q.Key, v!))));
        if (number > 1) query.Add(Parameter, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // "?" alone still leaves the current query behind (a bare "#…" would not).
        var search = query.ToString();
        return (search.Length == 0 ? "?" : search) + "#" + Fragment;
    }
}

/// <summary>What the partial _Paginering draws: the current page, how many there are, and each page's address.</summary>
public sealed record PageLinks(int Number, int Count, Func<int, string> Href, string Label);

public static class PageOfRows
{
    /// <summary>The rows a page of a long list shows: enough to scan, few enough to draw at once.</summary>
    public const int Size = 50;

    /// <summary>The query parameter that asks for the page holding one row (an evidence link to the audit trail).</summary>
    public const string Row = "gebeurtenis";

    /// <summary>
    /// The requested page of <paramref name="all"/> (page 1 for anything unreadable or out of range), or the page
    /// that holds the row <paramref name="holds"/> picks out.
    /// </summary>
    public static PageOfRows<T> Of<T>(IReadOnlyList<T> all, int size, HttpRequest request, string parameter, string fragment, Func<T, bool>? holds = null)
    {
        var index = holds is null ? -1 : all.Select((row, i) => (row, i)).FirstOrDefault(x => holds(x.row), (default!, -1)).Item2;
        var number = NumberOf(all.Count, size, request, parameter, index);
        return new PageOfRows<T>(all.Skip((number - 1) * size).Take(size).ToList(), number, PagesFor(all.Count, size), all.Count, parameter, fragment, request.Query);
    }

    /// <summary>
    /// The same for a list the database pages: the caller counts the <paramref name="total"/> rows (and finds the
    /// position of a wanted row, <paramref name="indexOfRow"/>, or -1), and <paramref name="read"/> reads only the rows of
    /// the page (to skip, to take).
    /// </summary>
    public static async Task<PageOfRows<T>> ReadAsync<T>(int total, int size, HttpRequest request, string parameter, string fragment, int indexOfRow,
        Func<int, int, Task<IReadOnlyList<T>>> read)
    {
        var number = NumberOf(total, size, request, parameter, indexOfRow);
        return new PageOfRows<T>(await read((number - 1) * size, size), number, PagesFor(total, size), total, parameter, fragment, request.Query);
    }

    private static int PagesFor(int total, int size) => Math.Max(1, (total + size - 1) / size);

    private static int NumberOf(int total, int size, HttpRequest request, string parameter, int indexOfRow)
    {
        if (indexOfRow >= 0) return indexOfRow / size + 1;
        return int.TryParse(request.Query[parameter], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var asked)
               && asked >= 1 && asked <= PagesFor(total, size) ? asked : 1;
    }
}
