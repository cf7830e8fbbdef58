using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Resources;
using Marten.Events.Projections;

namespace Governance.Projections.Resources;

/// <summary>Folds funding commitments and team changes of a programme into one document.</summary>
public partial class ProgrammeResourcesProjection : MultiStreamProjection<ProgrammeResources, Guid>
{
    public ProgrammeResourcesProjection()
    {
        Identity<ProgrammeRegistered>(e => e.ProgrammeId);
        Identity<PartnerJoined>(e => e.ProgrammeId);
        Identity<FundingCommitted>(e => e.ProgrammeId);
        Identity<TeamMemberJoined>(e => e.ProgrammeId);
        Identity<TeamMemberLeft>(e => e.ProgrammeId);
        Identity<MeansInstrumentEstablished>(e => e.ProgrammeId);
        Identity<MeansInstrumentContested>(e => e.ProgrammeId);
        Identity<MeansInstrumentDisputeSettled>(e => e.ProgrammeId);
    }

    public void Apply(ProgrammeResources view, MeansInstrumentEstablished e) =>
        view.Instruments.Add(new InstrumentView { InstrumentId = e.InstrumentId, Name = e.Name, Kind = e.Kind, EstablishedOn = e.EstablishedOn });

    public void Apply(ProgrammeResources view, MeansInstrumentContested e)
    {
        if (view.Instruments.Find(i => i.InstrumentId == e.InstrumentId) is not { } instrument) return;
        instrument.ContestedBy = view.PartnerNames.GetValueOrDefault(e.PartnerId, "");
        instrument.ContestReason = e.Reason;
    }

    public void Apply(ProgrammeResources view, MeansInstrumentDisputeSettled e)
    {
        if (view.Instruments.Find(i => i.InstrumentId == e.InstrumentId) is not { } instrument) return;
        instrument.ContestedBy = null;
        instrument.ContestReason = null;
        instrument.SettledWith = e.Outcome;
    }

    public void Apply(ProgrammeResources view, ProgrammeRegistered e) => view.Id = e.ProgrammeId;

    public void Apply(ProgrammeResources view, PartnerJoined e) => view.PartnerNames[e.PartnerId] = e.OrganisationName;

    public void Apply(ProgrammeResources view, FundingCommitted e)
    {
        view.Funding.Add(new FundingCommitmentView(e.FundingId, e.CommittedByPartnerId,
            view.PartnerNames.GetValueOrDefault(e.CommittedByPartnerId, ""), e.AmountEuro, e.From, e.Until, e.Kind, e.RecordedAt));
        view.Funding.Sort((a, b) => a.From.CompareTo(b.From));
        view.FundedUntil = view.Funding.Max(f => f.Until);
        view.TotalCommittedEuro = view.Funding.Sum(f => f.AmountEuro ?? 0);
        view.SomeAmountsUnknown = view.Funding.Any(f => f.AmountEuro is null);
        view.SomeEndsUnknown = view.Funding.Any(f => f.Until is null);
    }

    public void Apply(ProgrammeResources view, TeamMemberJoined e)
    {
        view.TeamMembers.Add(new TeamMemberView(e.MemberId, e.Name, e.Role, [.. e.Competences], e.Fte, LeftOn: null));
        view.CurrentFte = CurrentFte(view);
    }

    public void Apply(ProgrammeResources view, TeamMemberLeft e)
    {
        var index = view.TeamMembers.FindIndex(m => m.MemberId == e.MemberId);
        if (index >= 0) view.TeamMembers[index] = view.TeamMembers[index] with { LeftOn = e.LeftOn };
        view.CurrentFte = CurrentFte(view);
    }

    private static decimal CurrentFte(ProgrammeResources view) => view.TeamMembers.Where(m => m.Active).Sum(m => m.Fte);
}
