using Governance.Domain.Bodies;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Marten.Events.Projections;

namespace Governance.Projections.Bodies;

/// <summary>Folds the bodies, their members, ground rules and meetings of a programme into one document.</summary>
public partial class GovernanceBodiesProjection : MultiStreamProjection<GovernanceBodies, Guid>
{
    public GovernanceBodiesProjection()
    {
        // Registration creates the (empty) document, so a programme without bodies answers with an empty list.
        Identity<ProgrammeRegistered>(e => e.ProgrammeId);
        Identity<PartnerJoined>(e => e.ProgrammeId);
        Identity<GovernanceBodyEstablished>(e => e.ProgrammeId);
        Identity<BodyMemberAdded>(e => e.ProgrammeId);
        Identity<BodyMemberRemoved>(e => e.ProgrammeId);
        Identity<GroundRulesAgreed>(e => e.ProgrammeId);
        Identity<MeetingHeld>(e => e.ProgrammeId);
        Identity<MandateGranted>(e => e.ProgrammeId);
        Identity<MandateRevoked>(e => e.ProgrammeId);
    }

    public void Apply(GovernanceBodies view, ProgrammeRegistered e) => view.Id = e.ProgrammeId;

    public void Apply(GovernanceBodies view, PartnerJoined e) => view.PartnerNames[e.PartnerId] = e.OrganisationName;

    public void Apply(GovernanceBodies view, GovernanceBodyEstablished e) => view.Bodies.Add(new BodyView
    {
        BodyId = e.BodyId,
        Name = e.Name,
        Kind = e.Kind,
        Purpose = e.Purpose,
        MeetingsPerYear = e.MeetingsPerYear,
        Aspects = e.Aspects is null ? null : [.. e.Aspects],
        EstablishedAt = e.RecordedAt,
    });

    public void Apply(GovernanceBodies view, BodyMemberAdded e) =>
        Body(view, e.BodyId)?.Members.Add(Partner(view, e.PartnerId));

    public void Apply(GovernanceBodies view, BodyMemberRemoved e) =>
        Body(view, e.BodyId)?.Members.RemoveAll(m => m.PartnerId == e.PartnerId);

    public void Apply(GovernanceBodies view, GroundRulesAgreed e)
    {
        var body = Body(view, e.BodyId);
        if (body is not null) body.GroundRules = new GroundRulesView(e.Atmosphere, e.SuccessFactors, e.WhenItFails, e.RecordedAt);
    }

    public void Apply(GovernanceBodies view, MeetingHeld e)
    {
        var body = Body(view, e.BodyId);
        if (body is null) return;
        body.Meetings.Add(new MeetingView(e.MeetingId, e.HeldOn, e.AttendingPartnerIds.Select(id => Partner(view, id)).ToList(),
            [.. e.Agenda], OpgaveEnPraktijkShare(e.Agenda)));
        body.Meetings.Sort((a, b) => a.HeldOn.CompareTo(b.HeldOn));
    }

    public void Apply(GovernanceBodies view, MandateGranted e) => view.Mandates.Add(new MandateRef(e.MandateId, e.HolderId,
        Body(view, e.HolderId)?.Name ?? view.PartnerNames.GetValueOrDefault(e.HolderId, "Mandaat"), e.ValidFrom, Revoked: false));

    public void Apply(GovernanceBodies view, MandateRevoked e)
    {
        var index = view.Mandates.FindIndex(m => m.MandateId == e.MandateId);
        if (index >= 0) view.Mandates[index] = view.Mandates[index] with { Revoked = true };
    }

    public static decimal? OpgaveEnPraktijkShare(IReadOnlyList<AgendaItem> agenda) =>
        agenda.Count == 0
            ? null
            : Math.Round((decimal)agenda.Count(i => i.Tag == AgendaTag.OpgaveEnPraktijk) / agenda.Count, 2);

    private static BodyView? Body(GovernanceBodies view, Guid bodyId) => view.Bodies.Find(b => b.BodyId == bodyId);

    private static PartnerRef Partner(GovernanceBodies view, Guid partnerId) =>
        new(partnerId, view.PartnerNames.GetValueOrDefault(partnerId, ""));
}
