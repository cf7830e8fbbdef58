using Governance.Domain.Access;
using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;
using Marten.Events.Aggregation;

namespace Governance.Projections.Programmes;

/// <summary>
/// Keeps the domain's own <see cref="Programme"/> state as an inline snapshot, so commands load it in one read.
/// The fold itself lives in the pure domain (<see cref="Programme.After"/>); this class only names the event types
/// for Marten's source generator (the domain project deliberately does not reference Marten). An event type of the
/// programme stream that is missing here is simply not folded: add it when <see cref="Programme"/> starts to use it.
/// </summary>
public partial class ProgrammeStateProjection : SingleStreamProjection<Programme, Guid>
{
    public Programme Create(ProgrammeRegistered e) => Programme.Create(e);

    public Programme Apply(ProgrammePhaseChanged e, Programme p) => p.After(e);
    public Programme Apply(OpgaveFormulated e, Programme p) => p.After(e);
    public Programme Apply(ProgrammeExtended e, Programme p) => p.After(e);
    public Programme Apply(ContinuationDecided e, Programme p) => p.After(e);
    public Programme Apply(ProgrammeEnded e, Programme p) => p.After(e);
    public Programme Apply(PartnerJoined e, Programme p) => p.After(e);
    public Programme Apply(PartnerLeft e, Programme p) => p.After(e);
    public Programme Apply(GovernanceBodyEstablished e, Programme p) => p.After(e);
    public Programme Apply(BodyMemberAdded e, Programme p) => p.After(e);
    public Programme Apply(BodyMemberRemoved e, Programme p) => p.After(e);
    public Programme Apply(MandateGranted e, Programme p) => p.After(e);
    public Programme Apply(MandateRevoked e, Programme p) => p.After(e);
    public Programme Apply(TensionRaised e, Programme p) => p.After(e);
    public Programme Apply(TensionEscalated e, Programme p) => p.After(e);
    public Programme Apply(TensionResolved e, Programme p) => p.After(e);
    public Programme Apply(TeamMemberJoined e, Programme p) => p.After(e);
    public Programme Apply(TeamMemberLeft e, Programme p) => p.After(e);
    public Programme Apply(ProgrammeMemberAssigned e, Programme p) => p.After(e);
    public Programme Apply(ProgrammeMemberRemoved e, Programme p) => p.After(e);
}
