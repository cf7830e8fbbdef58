using System.Text.RegularExpressions;

namespace Governance.Projections.Audit;

/// <summary>
/// A short Dutch description of each event type, for the audit trail and the programme timeline. An event type
/// without its own description falls back to its name split into words, so nothing is ever left undescribed.
/// </summary>
public static partial class EventDescriptions
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["ProgrammeRegistered"] = "Programma geregistreerd",
        ["ProgrammePhaseChanged"] = "Fase van het programma gewijzigd",
        ["OpgaveFormulated"] = "Opgave geformuleerd",
        ["ProgrammeFormJustified"] = "Keuze voor een programma onderbouwd",
        ["FocusLevelChosen"] = "Zwaartepunt van handelen gekozen",
        ["ProgrammeExtended"] = "Programma verlengd",
        ["BorgingPlanRecorded"] = "Borgingsplan vastgelegd",
        ["ContinuationDecided"] = "Besluit over stoppen of voortzetten",
        ["ProgrammeEnded"] = "Programma beëindigd",
        ["ReflectionCadenceSet"] = "Ritme van reflectie vastgesteld",
        ["PartnerJoined"] = "Partner toegetreden",
        ["PartnerLeft"] = "Partner vertrokken",
        ["PartnerInterestRecorded"] = "Belang en bijdrage van partner vastgelegd",
        ["OpgaveEndorsed"] = "Opgave onderschreven door partner",
        ["RepresentativeNamed"] = "Vertegenwoordiger benoemd",
        ["MandateGranted"] = "Mandaat verleend",
        ["MandateRevoked"] = "Mandaat ingetrokken",
        ["LearningGoalSet"] = "Leerdoel vastgesteld",
        ["GovernanceBodyEstablished"] = "Overleg ingesteld",
        ["BodyMemberAdded"] = "Lid toegevoegd aan overleg",
        ["BodyMemberRemoved"] = "Lid uit overleg verwijderd",
        ["GroundRulesAgreed"] = "Spelregels afgesproken",
        ["MeetingHeld"] = "Overleg gehouden",
        ["DecisionLogged"] = "Besluit vastgelegd",
        ["DecisionTaken"] = "Voorgesteld besluit genomen",
        ["PartnerPositionRecorded"] = "Standpunt van partner vastgelegd",
        ["DecisionRevised"] = "Besluit herzien",
        ["DecisionSuperseded"] = "Besluit vervangen",
        ["DecisionWithdrawn"] = "Besluit ingetrokken",
        ["DecisionReviewed"] = "Besluit geëvalueerd",
        ["ReflectionSessionScheduled"] = "Reflectiesessie gepland",
        ["ReflectionSessionRescheduled"] = "Reflectiesessie verplaatst",
        ["ReflectionSessionCancelled"] = "Reflectiesessie geannuleerd",
        ["ReflectionSessionHeld"] = "Reflectiesessie gehouden",
        ["LessonCaptured"] = "Les vastgelegd",
        ["FollowUpActionAgreed"] = "Vervolgactie afgesproken",
        ["FollowUpActionCompleted"] = "Vervolgactie afgerond",
        ["FundingCommitted"] = "Financiering toegezegd",
        ["TeamMemberJoined"] = "Teamlid toegetreden",
        ["TeamMemberLeft"] = "Teamlid vertrokken",
        ["TensionRaised"] = "Spanning benoemd",
        ["TensionDiscussed"] = "Spanning besproken",
        ["TensionEscalated"] = "Spanning geëscaleerd",
        ["TensionResolved"] = "Spanning opgelost",
        ["VitalityCheckHeld"] = "Vitaliteitscheck gehouden",
        ["SuccessCelebrated"] = "Succes gevierd",
        ["PersonalConnectionMade"] = "Persoonlijk contact gelegd",
        ["LivedExperienceContributed"] = "Ervaringsverhaal ingebracht",
    };

    public static string Describe(object @event)
    {
        var name = @event.GetType().Name;
        return Descriptions.TryGetValue(name, out var description) ? description : Words().Replace(name, " $1").Trim();
    }

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Words();
}
