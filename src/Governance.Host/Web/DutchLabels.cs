using Governance.Domain.Access;
using Governance.Domain.Bodies;
using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;

namespace Governance.Host.Web;

/// <summary>The Dutch words the pages use for the domain's values (ghnt-domain §4).</summary>
public static class DutchLabels
{
    public static string Of(ProgrammePhase phase) => phase switch
    {
        ProgrammePhase.Verkenning => "Verkenning",
        ProgrammePhase.Start => "Start",
        ProgrammePhase.Uitvoering => "Uitvoering",
        ProgrammePhase.Afbouw => "Afbouw",
        ProgrammePhase.Beeindigd => "Beëindigd",
        ProgrammePhase.Voortgezet => "Voortgezet",
        _ => phase.ToString(),
    };

    /// <summary>A member's role as a word in a sentence ("Olga (opdrachtgever)"); <see cref="Title(MemberRole)"/> at the start of a cell or option.</summary>
    public static string Of(MemberRole role) => role switch
    {
        MemberRole.Opdrachtgever => "opdrachtgever",
        MemberRole.Programmadirecteur => "programmadirecteur",
        MemberRole.Gedelegeerde => "gedelegeerde",
        MemberRole.Procesbegeleider => "procesbegeleider",
        MemberRole.Partner => "partner",
        MemberRole.Ervaringsdeskundige => "ervaringsdeskundige",
        MemberRole.Meelezer => "meelezer",
        _ => role.ToString(),
    };

    public static string Title(MemberRole role) => Of(role) is { Length: > 0 } word ? char.ToUpperInvariant(word[0]) + word[1..] : "";

    public static string Of(PartnerRole role) => role switch
    {
        PartnerRole.Opdrachtgever => "Opdrachtgever",
        PartnerRole.Opdrachtnemer => "Opdrachtnemer",
        PartnerRole.StaandeOrganisatie => "Staande organisatie",
        PartnerRole.Ketenpartner => "Ketenpartner",
        PartnerRole.Procesbegeleider => "Procesbegeleider",
        PartnerRole.Ervaringsdeskundige => "Ervaringsdeskundige",
        _ => role.ToString(),
    };

    public static string Of(Bestuurslaag layer) => layer switch
    {
        Bestuurslaag.MaatschappelijkeOrganisatie => "Maatschappelijke organisatie",
        _ => layer.ToString(),
    };

    public static string Of(BodyKind kind) => kind switch
    {
        BodyKind.BestuurlijkOverleg => "Bestuurlijk overleg",
        _ => kind.ToString(),
    };

    public static string Of(ReflectionSessionStatus status) => status switch
    {
        ReflectionSessionStatus.Scheduled => "Gepland",
        ReflectionSessionStatus.Cancelled => "Geannuleerd",
        ReflectionSessionStatus.Held => "Gehouden",
        _ => status.ToString(),
    };

    public static string Of(DecisionStatus status) => status switch
    {
        DecisionStatus.Proposed => "Voorgesteld",
        DecisionStatus.Taken => "Genomen",
        DecisionStatus.Revised => "Herzien",
        DecisionStatus.Superseded => "Vervangen",
        DecisionStatus.Withdrawn => "Ingetrokken",
        _ => status.ToString(),
    };
}
