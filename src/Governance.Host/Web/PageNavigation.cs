using System.Text.RegularExpressions;

namespace Governance.Host.Web;

/// <summary>One step of the breadcrumb trail; the last one is the page itself.</summary>
public sealed record Crumb(string Label, string Href);

/// <summary>One link of a navigation (main menu or programme tabs) and whether it is the page shown or its section.</summary>
public sealed record NavLink(string Label, string Href, NavState State)
{
    /// <summary>The aria-current value: "page" for the page itself, "true" for the section a deeper page lies in.</summary>
    public string? AriaCurrent => State switch { NavState.Page => "page", NavState.Section => "true", _ => null };
}

public enum NavState { None, Section, Page }

/// <summary>
/// Where a page sits, worked out from its address alone (docs/web.md "Navigatie"): the section of the main menu, the
/// tabs of a programme and the breadcrumb trail. Names of things (the programme, a decision, a session) come from
/// the page; the words for each part of an address live here, once.
/// </summary>
public static partial class PageNavigation
{
    /// <summary>The main menu: everyone's five entries, and Beheer for administrators.</summary>
    public static IReadOnlyList<NavLink> MainMenu(string path, bool administrator)
    {
        var entries = new List<(string Label, string Href)>
        {
            ("Portfolio", "/"), ("Programma's", "/programmas"), ("Mijn week", "/mijn-week"), ("Meldingen", "/meldingen"),
            ("Mijn reflectiesessies", "/reflectie"),
        };
        if (administrator) entries.Add(("Beheer", "/beheer"));
        return entries.Select(e => new NavLink(e.Label, e.Href, StateOf(path, e.Href))).ToList();
    }

    /// <summary>
    /// The sub-pages of one programme, shown as tabs on each of them. <paramref name="asOfDate"/> (jjjj-mm-dd) keeps a
    /// past moment on the tabs that can show one, so switching tabs does not jump back to today.
    /// </summary>
    public static IReadOnlyList<NavLink> ProgrammeTabs(string path, Guid programmeId, string? asOfDate = null)
    {
        var root = $"/programmas/{programmeId}";
        var asOf = string.IsNullOrEmpty(asOfDate) ? "" : "?opDatum=" + Uri.EscapeDataString(asOfDate);
        var tabs = new[]
        {
            ("Overzicht", root, asOf), ("Gezondheid", root + "/gezondheid", asOf), ("Besluiten", root + "/besluiten", ""),
            ("Reflectie", root + "/reflectie", ""), ("Audittrail", root + "/audit", ""),
        };
        var links = tabs.Select(t => new NavLink(t.Item1, t.Item2 + t.Item3, t.Item2 == root ? NavState.None : StateOf(path, t.Item2))).ToList();
        // The overview is the tab of the programme's own page and of the pages reached from it that have no tab of
        // their own (the Bestuur page, opened from the overview by those who may record there): some tab is always marked.
        var current = Normalise(path);
        var overview = current == root ? NavState.Page
            : current.StartsWith(root + "/", StringComparison.Ordinal) && links.All(l => l.State == NavState.None) ? NavState.Section
            : NavState.None;
        links[0] = links[0] with { State = overview };
        return links;
    }

    /// <summary>
    /// The trail from the portfolio to this page. <paramref name="programmeName"/> names the programme segment,
    /// <paramref name="subject"/> the decision or session segment (each falls back to a plain word).
    /// </summary>
    public static IReadOnlyList<Crumb> Breadcrumbs(string path, string? programmeName, string? subject)
    {
        var segments = Normalise(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var crumbs = new List<Crumb> { new("Portfolio", "/") };
        var href = "";
        for (var i = 0; i < segments.Length; i++)
        {
            href += "/" + segments[i];
            var label = LabelOf(segments, i, programmeName, subject);
            if (label is not null) crumbs.Add(new Crumb(label, href));
        }
        return crumbs.Count > 1 ? crumbs : [];
    }

    /// <summary>The word for one part of an address; null for a part that is no page of its own.</summary>
    private static string? LabelOf(string[] segments, int i, string? programmeName, string? subject)
    {
        var segment = segments[i];
        var previous = i > 0 ? segments[i - 1] : null;
        var inProgramme = segments.Length > 1 && segments[0] == "programmas" && i > 1;
        if (Id().IsMatch(segment))
            return previous switch
            {
                "programmas" => programmeName ?? "Programma",
                "besluiten" => subject ?? "Besluit",
                "gezamenlijk" => subject ?? "Gezamenlijke sessie",
                "reflectie" => subject ?? "Sessie",
                "personen" => subject ?? "Persoon",
                "organisaties" => subject ?? "Organisatie",
                _ => subject,
            };
        return segment switch
        {
            "programmas" => "Programma's",
            "gezondheid" => "Gezondheid",
            "audit" => "Audittrail",
            "bestuur" => "Bestuurlijke gebeurtenissen",
            "besluiten" => "Besluiten",
            "nieuw" when previous == "besluiten" => "Besluit vastleggen",
            "standpunt" => "Standpunt",
            "reflectie" => inProgramme ? "Reflectie" : "Mijn reflectiesessies",
            "gezamenlijk" => null, // no page of its own: the joint sessions are listed under Mijn reflectiesessies
            "plannen" => previous == "gezamenlijk" ? "Gezamenlijke sessie plannen" : "Sessie plannen",
            "agenda" => "Agenda",
            "voorbereiden" => "Agenda voorbereiden",
            "bijwerken" => "Bijwerken",
            "verslag" => "Verslag",
            "meldingen" => "Meldingen",
            "mijn-week" => "Mijn week",
            "beheer" => "Beheer",
            "organisaties" => "Organisaties",
            "personen" => "Personen",
            "leden" => "Leden",
            "nieuw" => "Nieuw",
            "wijzigen" => "Wijzigen",
            "toegankelijkheid" => "Toegankelijkheidsverklaring",
            "privacy" => "Privacy",
            "contact" => "Contact",
            _ => null,
        };
    }

    private static NavState StateOf(string path, string href)
    {
        var current = Normalise(path);
        if (current == href) return NavState.Page;
        return href != "/" && current.StartsWith(href + "/", StringComparison.Ordinal) ? NavState.Section : NavState.None;
    }

    private static string Normalise(string path) => path.Length > 1 ? path.TrimEnd('/').ToLowerInvariant() : "/";

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex Id();
}
