using Governance.Domain.Health;

namespace Governance.Projections.Health;

/// <summary>
/// The health facts of one programme, kept up to date inline, so "now", "as of" and the portfolio evaluate the
/// pure domain rules on one loaded document instead of replaying every stream per request.
/// </summary>
public sealed class ProgrammeHealthFacts
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The commissioning organisation and every partner organisation in the role of opdrachtgever, as named.</summary>
    public List<string> OpdrachtgeverOrganisations { get; set; } = [];

    /// <summary>The same names, trimmed and lower case, for the portfolio's look-up.</summary>
    public List<string> OpdrachtgeverKeys { get; set; } = [];

    public ProgrammeFacts Facts { get; set; } = ProgrammeFacts.For(Guid.Empty);

    /// <summary>
    /// The id of the last event folded into <see cref="Facts"/>: it changes with every new fact, so a reader that kept
    /// an evaluation can tell by this small field alone whether the facts behind it are still the current ones.
    /// </summary>
    public Guid FactsVersion { get; set; }

    public static string Key(string organisation) => organisation.Trim().ToLowerInvariant();
}
