using System.Globalization;
using Governance.Domain.Common;
using Governance.Projections.Audit;
using NodaTime;

namespace Governance.Host.Web;

/// <summary>
/// One line of the programme timeline: one event, or several of the same kind in the same month told as one
/// ("Persoonlijk contact gelegd (9 partners)"), with the events themselves folded under it.
/// </summary>
public sealed record TimelineLine(string Kind, IReadOnlyList<AuditEntry> Entries)
{
    public AuditEntry Newest => Entries[0];
    public bool Grouped => Entries.Count > 1;

    /// <summary>What a grouped line says: how many partners when each event is about a partner, otherwise how often.</summary>
    public string Summary => Entries.All(e => e.PartnerId is not null)
        ? $"{Kind} ({Dutch.Count(Entries.Select(e => e.PartnerId).Distinct().Count(), "partner", "partners")})"
        : $"{Kind} ({Dutch.Number(Entries.Count)} keer)";
}

/// <summary>The lines of one calendar month (Europe/Amsterdam), newest first.</summary>
public sealed record TimelineMonth(YearMonth Month, IReadOnlyList<TimelineLine> Lines)
{
    public string Heading => Month.ToString("MMMM yyyy", Dutch.Culture);
    public string Id => "maand-" + Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}

/// <summary>
/// The programme timeline as a person reads it: by month, with repeats of one kind in a month grouped (a programme
/// records "Persoonlijk contact gelegd" nine times a quarter; nine lines say less than one line with the nine
/// partners under it), and cut into pages of whole months (<see cref="LinesPerPage"/>).
/// </summary>
public static class Timeline
{
    /// <summary>A page holds whole months until it has at least this many lines.</summary>
    public const int LinesPerPage = 30;

    /// <param name="newestFirst">The programme's audit entries, newest first.</param>
    public static IReadOnlyList<IReadOnlyList<TimelineMonth>> Pages(IEnumerable<AuditEntry> newestFirst)
    {
        var months = newestFirst
            .GroupBy(e => { var date = e.RecordedAt.InZone(AmsterdamTime.Zone).Date; return new YearMonth(date.Year, date.Month); })
            .Select(month => new TimelineMonth(month.Key, month
                .GroupBy(e => e.Kind)
                .Select(kind => new TimelineLine(kind.Key, kind.ToList()))
                .OrderByDescending(line => line.Newest.RecordedAt)
                .ToList()))
            .ToList();

        var pages = new List<IReadOnlyList<TimelineMonth>>();
        var page = new List<TimelineMonth>();
        foreach (var month in months)
        {
            page.Add(month);
            if (page.Sum(m => m.Lines.Count) < LinesPerPage) continue;
            pages.Add(page);
            page = [];
        }
        if (page.Count > 0) pages.Add(page);
        return pages;
    }
}
