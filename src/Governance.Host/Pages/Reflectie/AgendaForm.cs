using Governance.Domain.Common;
using Governance.Host.Web;

namespace Governance.Host.Pages.Reflectie;

/// <summary>
/// What the two agenda forms (one session's, a joint session's) share: their own items' fields, checked row by row
/// before the agenda is set, and the place the agenda's list-wide refusals land.
/// </summary>
public static class AgendaForm
{
    /// <summary>The anchor of the agenda's items on the form: SetReflectionAgenda refuses "items" as one list.</summary>
    public const string ItemsAnchor = "agendapunten";

    /// <summary>The error summary links the list's refusal to the items on the page.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldIds = new Dictionary<string, string> { ["items"] = ItemsAnchor };

    public const int MaxLength = TextLimits.Long;

    /// <summary>
    /// Each own item's title and explanation, on its own row: the agenda's Decide refuses the list as a whole ("every
    /// item a title of at most 4,000 characters"), which does not say which row. Empty rows are left out; null when
    /// every filled row is fine.
    /// </summary>
    public static CommandAnswer? CheckOwnItems(IReadOnlyList<(string? Title, string? Why)> rows)
    {
        var errors = new Dictionary<string, string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (title, why) = rows[i];
            if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(why)) continue;
            if (string.IsNullOrWhiteSpace(title))
                errors[$"eigen-titel-{i}"] = $"Geef eigen punt {i + 1} een titel, of maak de toelichting leeg.";
            else if (title.Length > MaxLength)
                errors[$"eigen-titel-{i}"] = $"Maak de titel van eigen punt {i + 1} korter: maximaal {Dutch.Number(MaxLength)} tekens.";
            if ((why?.Length ?? 0) > MaxLength)
                errors[$"eigen-toelichting-{i}"] = $"Maak de toelichting van eigen punt {i + 1} korter: maximaal {Dutch.Number(MaxLength)} tekens.";
        }
        return errors.Count == 0 ? null : new CommandAnswer(false, null, errors, "Het formulier bevat fouten; pas de gemarkeerde velden aan.");
    }
}
