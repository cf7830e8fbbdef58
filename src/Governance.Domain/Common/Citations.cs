using System.Text.RegularExpressions;

namespace Governance.Domain.Common;

/// <summary>
/// Internal source references in running text ("(004 l. 2113–2115)", "(naar 004 l. 1094–1098)"): they belong in a
/// "Bron" detail for whoever checks the source, never in text people read aloud or partners are handed (a printed
/// agenda, a gespreksvraag).
/// </summary>
public static partial class Citations
{
    [GeneratedRegex(@"\s*\((?:[^()]*?,\s*)?(?:naar |cf\. )?(?<source>\d{3} l\. [^()]+)\)")]
    private static partial Regex Reference();

    /// <summary>The text without its references, and the references themselves ("004 l. 2113–2115").</summary>
    public static (string Text, IReadOnlyList<string> Sources) Split(string text)
    {
        var sources = Reference().Matches(text).Select(m => m.Groups["source"].Value.Trim()).ToList();
        return (Reference().Replace(text, "").Trim(), sources);
    }

    public static string Strip(string text) => Split(text).Text;
}
