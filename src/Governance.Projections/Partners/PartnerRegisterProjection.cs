using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Marten.Events.Aggregation;

namespace Governance.Projections.Partners;

/// <summary>
/// Folds the programme stream into its <see cref="PartnerRegister"/>. Every partner event lives on the programme
/// stream (docs/adr/0001), so this is a single-stream projection. Mandates held by a governance body are not a
/// partner's and do not appear here.
/// </summary>
public partial class PartnerRegisterProjection : SingleStreamProjection<PartnerRegister, Guid>
{
    public PartnerRegister Create(ProgrammeRegistered e) => new() { Id = e.ProgrammeId };

    public void Apply(PartnerJoined e, PartnerRegister register) =>
        register.Partners.Add(new PartnerEntry
        {
            PartnerId = e.PartnerId,
            OrganisationName = e.OrganisationName,
            Layer = e.Layer,
            Role = e.Role,
            JoinedOn = e.JoinedOn,
        });

    public void Apply(PartnerLeft e, PartnerRegister register) => Change(register, e.PartnerId, p =>
    {
        p.LeftOn = e.LeftOn;
        p.LeaveReason = e.Reason;
    });

    public void Apply(PartnerInterestRecorded e, PartnerRegister register) => Change(register, e.PartnerId, p =>
    {
        p.Interest = e.Interest;
        p.Contribution = e.Contribution;
    });

    public void Apply(OpgaveEndorsed e, PartnerRegister register) => Change(register, e.PartnerId, p =>
    {
        p.EndorsedOn = e.EndorsedOn;
        p.EndorsementWithdrawn = null;
        p.OpenDissent = null;
    });

    public void Apply(OpgaveEndorsementWithdrawn e, PartnerRegister register) => Change(register, e.PartnerId, p =>
    {
        p.EndorsedOn = null;
        p.EndorsementWithdrawn = new StanceEntry(e.WithdrawnOn, e.Reason);
    });

    public void Apply(OpgaveDissentRecorded e, PartnerRegister register) => Change(register, e.PartnerId, p =>
    {
        p.EndorsedOn = null;
        p.OpenDissent = new StanceEntry(e.On, e.Reason);
    });

    public void Apply(OpgaveDissentResolved e, PartnerRegister register) => Change(register, e.PartnerId, p =>
    {
        p.OpenDissent = null;
        p.EndorsementWithdrawn = null;
    });

    public void Apply(RepresentativeNamed e, PartnerRegister register) =>
        Change(register, e.PartnerId, p => p.Representatives.Add(new RepresentativeEntry(e.PersonId, e.Name, e.Function)));

    public void Apply(LearningGoalSet e, PartnerRegister register) =>
        Change(register, e.PartnerId, p => p.LearningGoals.Add(new LearningGoalEntry(e.GoalId, e.Goal, e.RecordedAt)));

    public void Apply(MandateGranted e, PartnerRegister register) =>
        Change(register, e.HolderId, p => p.Mandates.Add(new MandateEntry(e.MandateId, e.Scope, e.Aspects, e.GrantedByPartnerId,
            e.ValidFrom, e.ValidUntil, Revoked: false, RevokeReason: null)));

    public void Apply(MandateRevoked e, PartnerRegister register)
    {
        foreach (var partner in register.Partners)
        {
            var index = partner.Mandates.FindIndex(m => m.MandateId == e.MandateId);
            if (index >= 0) partner.Mandates[index] = partner.Mandates[index] with { Revoked = true, RevokeReason = e.Reason };
        }
    }

    private static void Change(PartnerRegister register, Guid partnerId, Action<PartnerEntry> change)
    {
        if (register.Partners.Find(p => p.PartnerId == partnerId) is { } partner) change(partner);
    }
}
