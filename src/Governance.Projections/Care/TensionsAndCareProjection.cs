using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Marten.Events.Projections;

namespace Governance.Projections.Care;

/// <summary>Folds the tensions and care moments of a programme into one document.</summary>
public partial class TensionsAndCareProjection : MultiStreamProjection<TensionsAndCare, Guid>
{
    public TensionsAndCareProjection()
    {
        Identity<ProgrammeRegistered>(e => e.ProgrammeId);
        Identity<PartnerJoined>(e => e.ProgrammeId);
        Identity<GovernanceBodyEstablished>(e => e.ProgrammeId);
        Identity<TensionRaised>(e => e.ProgrammeId);
        Identity<TensionDiscussed>(e => e.ProgrammeId);
        Identity<TensionEscalated>(e => e.ProgrammeId);
        Identity<TensionEscalatedToPerson>(e => e.ProgrammeId);
        Identity<EscalationAnswered>(e => e.ProgrammeId);
        Identity<OpdrachtnemerStrainRecorded>(e => e.ProgrammeId);
        Identity<OpdrachtnemerStrainFollowedUp>(e => e.ProgrammeId);
        Identity<TensionResolved>(e => e.ProgrammeId);
        Identity<VitalityCheckHeld>(e => e.ProgrammeId);
        Identity<SuccessCelebrated>(e => e.ProgrammeId);
        Identity<PersonalConnectionMade>(e => e.ProgrammeId);
        Identity<LivedExperienceContributed>(e => e.ProgrammeId);
    }

    public void Apply(TensionsAndCare view, ProgrammeRegistered e) => view.Id = e.ProgrammeId;

    public void Apply(TensionsAndCare view, PartnerJoined e) => view.PartnerNames[e.PartnerId] = e.OrganisationName;

    public void Apply(TensionsAndCare view, GovernanceBodyEstablished e) => view.BodyNames[e.BodyId] = e.Name;

    public void Apply(TensionsAndCare view, TensionRaised e) => view.Tensions.Add(new TensionView
    {
        TensionId = e.TensionId,
        Subject = e.Subject,
        Description = e.Description,
        RaisedBy = e.RaisedBy,
        RaisedOn = e.RaisedOn,
        Status = TensionStatus.Open,
        History = [new TensionStep(TensionStepKind.Raised, e.RaisedOn, e.RaisedBy, null, e.RecordedAt)],
    });

    public void Apply(TensionsAndCare view, TensionDiscussed e) =>
        Tension(view, e.TensionId)?.History.Add(new TensionStep(TensionStepKind.Discussed, e.DiscussedOn, e.Where, null, e.RecordedAt));

    public void Apply(TensionsAndCare view, TensionEscalated e)
    {
        var tension = Tension(view, e.TensionId);
        if (tension is null) return;
        var body = view.BodyNames.GetValueOrDefault(e.BodyId, "");
        tension.Status = TensionStatus.Escalated;
        tension.EscalatedToBodyId = e.BodyId;
        tension.EscalatedToBody = body;
        tension.EscalatedToPerson = null;
        tension.History.Add(new TensionStep(TensionStepKind.Escalated, e.EscalatedOn, body, e.BodyId, e.RecordedAt));
    }

    public void Apply(TensionsAndCare view, TensionEscalatedToPerson e)
    {
        var tension = Tension(view, e.TensionId);
        if (tension is null) return;
        tension.Status = TensionStatus.Escalated;
        tension.EscalatedToBodyId = null;
        tension.EscalatedToBody = null;
        tension.EscalatedToPerson = e.EscalatedTo;
        tension.History.Add(new TensionStep(TensionStepKind.Escalated, e.EscalatedOn, e.EscalatedTo, null, e.RecordedAt));
    }

    public void Apply(TensionsAndCare view, EscalationAnswered e)
    {
        var tension = Tension(view, e.TensionId);
        if (tension is null) return;
        tension.Status = TensionStatus.Answered;
        tension.History.Add(new TensionStep(TensionStepKind.Answered, e.AnsweredOn, e.Answer, null, e.RecordedAt));
    }

    public void Apply(TensionsAndCare view, OpdrachtnemerStrainRecorded e) =>
        view.Strains.Add(new StrainView { StrainId = e.StrainId, Kind = e.Kind, Description = e.Description, On = e.On });

    public void Apply(TensionsAndCare view, OpdrachtnemerStrainFollowedUp e)
    {
        if (view.Strains.Find(s => s.StrainId == e.StrainId) is not { } strain) return;
        strain.FollowUp = e.FollowUp;
        strain.FollowedUpOn = e.On;
    }

    public void Apply(TensionsAndCare view, TensionResolved e)
    {
        var tension = Tension(view, e.TensionId);
        if (tension is null) return;
        tension.Status = TensionStatus.Resolved;
        tension.Resolution = e.Resolution;
        tension.ResolvedOn = e.ResolvedOn;
        tension.History.Add(new TensionStep(TensionStepKind.Resolved, e.ResolvedOn, e.Resolution, null, e.RecordedAt));
    }

    public void Apply(TensionsAndCare view, VitalityCheckHeld e) => view.VitalityChecks.Add(new VitalityCheckView(e.HeldOn, e.Summary));

    public void Apply(TensionsAndCare view, SuccessCelebrated e) => view.Successes.Add(new SuccessView(e.What, e.CelebratedOn));

    public void Apply(TensionsAndCare view, PersonalConnectionMade e)
    {
        var index = view.PersonalConnections.FindIndex(c => c.PartnerId == e.PartnerId);
        if (index < 0)
            view.PersonalConnections.Add(new PersonalConnectionsView(e.PartnerId, view.PartnerNames.GetValueOrDefault(e.PartnerId, ""), 1, e.On));
        else
        {
            var known = view.PersonalConnections[index];
            // Contacts may be recorded after the fact and out of order: the last one is the latest date, not the latest record.
            view.PersonalConnections[index] = known with { Count = known.Count + 1, LastOn = e.On > known.LastOn ? e.On : known.LastOn };
        }
    }

    public void Apply(TensionsAndCare view, LivedExperienceContributed e) =>
        view.LivedExperience.Add(new LivedExperienceView(e.ContributorPseudonym, e.Perspective, e.Where, e.On));

    private static TensionView? Tension(TensionsAndCare view, Guid tensionId) => view.Tensions.Find(t => t.TensionId == tensionId);
}
