using NodaTime;
using NodaTime.Text;

namespace Governance.Host.Infrastructure;

/// <summary>
/// A date as people type it in a form and clients send it in a query string: ISO (2021-03-01). One parser and one
/// Dutch message for the forms, the query filters and the "as of" choices.
/// </summary>
public static class IsoDate
{
    public const string Message = "Vul een geldige datum in als jjjj-mm-dd, bijvoorbeeld 2021-03-01.";

    /// <summary>A blank text is no date (true, and null); a text that is not an ISO date is false.</summary>
    public static bool TryRead(string? text, out LocalDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (parsed.Success) date = parsed.Value;
        return parsed.Success;
    }
}
