using Governance.Domain.Bodies;
using Governance.Domain.Partners;
using NodaTime;

namespace Governance.Projections.Bodies;

/// <summary>
/// The governance bodies of one programme (id = programme id): what each is for, how often it meets, which aspects
/// of doorzettingsmacht it covers (rec. 5), who sits in it, its ground rules, and its meetings with attendance and
/// the share of the agenda about opgave and praktijk (rec. 7).
/// </summary>
public sealed class GovernanceBodies
{
    public Guid Id { get; set; }
    public List<BodyView> Bodies { get; set; } = [];

    /// <summary>Organisation names of the programme's partners, so members and attendees are shown by name.</summary>
    public Dictionary<Guid, string> PartnerNames { get; set; } = [];

    /// <summary>
    /// Every mandate granted in the programme, to a body or a partner, in the order granted: what a decision can be
    /// taken under (rec. 5, doorzettingsmacht), so the form that logs a decision offers those not revoked.
    /// </summary>
    public List<MandateRef> Mandates { get; set; } = [];
}

/// <param name="HolderName">The body's or partner's name when the mandate was granted.</param>
public sealed record MandateRef(Guid MandateId, Guid HolderId, string HolderName, LocalDate ValidFrom, bool Revoked);

public sealed class BodyView
{
    public Guid BodyId { get; set; }
    public string Name { get; set; } = "";
    public BodyKind Kind { get; set; }
    public string Purpose { get; set; } = "";
    public int MeetingsPerYear { get; set; }
    /// <summary>Its aspects of doorzettingsmacht (empty: none); null when they were not recorded ("onbekend").</summary>
    public List<DoorzettingsAspect>? Aspects { get; set; } = [];
    public List<PartnerRef> Members { get; set; } = [];
    public GroundRulesView? GroundRules { get; set; }
    public List<MeetingView> Meetings { get; set; } = [];
    public Instant EstablishedAt { get; set; }
}

public sealed record PartnerRef(Guid PartnerId, string OrganisationName);

public sealed record GroundRulesView(string Atmosphere, string SuccessFactors, string WhenItFails, Instant AgreedAt);

/// <param name="OpgaveEnPraktijkShare">Share (0–1, two decimals) of agenda items about opgave and praktijk; null without agenda.</param>
public sealed record MeetingView(
    Guid MeetingId,
    LocalDate HeldOn,
    IReadOnlyList<PartnerRef> Attendees,
    IReadOnlyList<AgendaItem> Agenda,
    decimal? OpgaveEnPraktijkShare);
