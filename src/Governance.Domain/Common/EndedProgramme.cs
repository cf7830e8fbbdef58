namespace Governance.Domain.Common;

/// <summary>
/// The one answer to any addition to an ended programme (rule <c>programme.ended</c>): its record is closed
/// evidence, so bodies, meetings, funding, team changes, tensions and care moments are no longer added to it.
/// </summary>
public static class EndedProgramme
{
    public static Refusal Refusal { get; } =
        Refusal.Violates("programme.ended", "Dit programma is beëindigd; er kan niets meer aan worden toegevoegd.");
}
