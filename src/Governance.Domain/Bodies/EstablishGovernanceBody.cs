using Governance.Domain.Common;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Bodies;

/// <summary>
/// Set up a governance body with a deliberately chosen purpose, members and frequency (004 l. 1195–1197, Ansell &amp;
/// Gash: "Heldere overlegvormen met bewust gekozen doelstelling, deelnemers en frequentie"), and the aspects of
/// doorzettingsmacht it covers (rec. 5, 004 l. 1136–1138: "in beleidsmatige, financiële, juridische en
/// communicatieve zin"). No aspects: a body without doorzettingsmacht (a klankbordgroep). When the source does not
/// say, <see cref="AspectsUnknown"/> records that explicitly.
/// </summary>
public sealed record EstablishGovernanceBody(
    string Name,
    BodyKind? Kind,
    string Purpose,
    int? MeetingsPerYear,
    IReadOnlyList<DoorzettingsAspect>? Aspects)
{
    /// <summary>True when it is not known on which aspects of doorzettingsmacht the body can push through ("onbekend").</summary>
    public bool AspectsUnknown { get; init; }

    public const int MinMeetingsPerYear = 1;
    public const int MaxMeetingsPerYear = 52;

    public static Outcome Decide(Programme programme, Guid bodyId, EstablishGovernanceBody command, Instant now)
    {
        var aspects = command.Aspects ?? [];
        var input = new Check()
            .Required("name", command.Name, "De naam van het overleg")
            .Required("kind", command.Kind, "Het soort overleg")
            .Required("purpose", command.Purpose, "Het doel van het overleg", TextLimits.Long)
            .Required("meetingsPerYear", command.MeetingsPerYear, "Het aantal bijeenkomsten per jaar")
            .That(command.MeetingsPerYear is null or (>= MinMeetingsPerYear and <= MaxMeetingsPerYear), "meetingsPerYear",
                "body.meetings-per-year", $"Een overleg komt {MinMeetingsPerYear} tot {MaxMeetingsPerYear} keer per jaar bijeen.")
            .That(command.Kind is null || Enum.IsDefined(command.Kind.Value), "kind", "input.unknown-value", "Onbekend soort overleg.")
            .That(aspects.All(Enum.IsDefined), "aspects", "input.unknown-value", "Onbekend aspect van doorzettingsmacht.")
            .That(aspects.Count == 0 || !command.AspectsUnknown, "aspects", "body.aspects-or-unknown",
                "Kies de aspecten óf geef aan dat ze onbekend zijn, niet allebei.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        var name = command.Name.Trim();
        if (programme.Bodies.Values.Any(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase)))
            return Outcome.Refuse(Refusal.Violates("body.name-unique", $"Er is al een overleg met de naam {name} in dit programma."));

        return Outcome.Accept(new GovernanceBodyEstablished(programme.Id, bodyId, name, command.Kind!.Value,
            command.Purpose.Trim(), command.MeetingsPerYear!.Value, command.AspectsUnknown ? null : aspects.Distinct().Order().ToList(), now));
    }
}
