using Governance.Domain.Care;
using Governance.Domain.Common;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using Governance.Domain.Reflection.Joint;
using NodaTime;

namespace Governance.Domain.Tests.Reflection;

/// <summary>
/// The proposal of a gezamenlijke sessie for a given history of two programmes at a given moment: each programme's
/// indicators are evaluated from its own events at that moment, and its own last sessions mark its questions.
/// </summary>
public class when_proposing_a_joint_reflection_agenda
{
    private static readonly LocalDate SessionDate = new(2021, 3, 10);
    private static readonly Instant Moment = Instant.FromUtc(2021, 3, 1, 12, 0);
    private static readonly Guid GhntId = Guid.NewGuid();
    private static readonly Guid ZorgId = Guid.NewGuid();
    private static readonly Guid ZorgTension = Guid.NewGuid();

    private static Instant At(int year, int month, int day) => Instant.FromUtc(year, month, day, 11, 0);

    private static ProgrammeFacts Facts(Guid id, params IProgrammeEvent[] events) =>
        ProgrammeFacts.From(id, events.Select(e => (Guid.NewGuid(), e)));

    private static readonly Guid GhntVws = Guid.NewGuid();

    /// <summary>GHNT: a programme that held its reflection a month ago, its opdrachtgever with a learning goal.</summary>
    private static readonly ProgrammeFacts Ghnt = Facts(GhntId,
        new ProgrammeRegistered(GhntId, "GHNT", "Geweld eerder stoppen", "Ministerie van VWS", new LocalDate(2019, 1, 1), new LocalDate(2022, 12, 31), At(2018, 12, 1)),
        new PartnerJoined(GhntId, GhntVws, "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2019, 1, 1), At(2019, 1, 1)),
        new LearningGoalSet(GhntId, GhntVws, Guid.NewGuid(), "Leren van de regio's", At(2019, 2, 1)),
        new ReflectionSessionHeld(Guid.NewGuid(), GhntId, new LocalDate(2021, 2, 1), ["VWS"], [ReflectionQuestion.SamenLeren], "Goed", null, At(2021, 2, 1)));

    /// <summary>Zorg en veiligheid: a reflection every six weeks agreed, one held in 2019 and none since, and a tension
    /// raised last year that is still open. (Without the agreed cadence, a reflection long ago gives oranje, not rood.)</summary>
    private static readonly ProgrammeFacts Zorg = Facts(ZorgId,
        new ProgrammeRegistered(ZorgId, "Zorg en veiligheid", "Zorg en veiligheid verbinden", "Ministerie van VWS", new LocalDate(2019, 6, 1), new LocalDate(2023, 6, 30), At(2019, 5, 1)),
        new PartnerJoined(ZorgId, Guid.NewGuid(), "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2019, 6, 1), At(2019, 6, 1)),
        new ReflectionCadenceSet(ZorgId, 6, At(2019, 6, 1)),
        new ReflectionSessionHeld(Guid.NewGuid(), ZorgId, new LocalDate(2019, 9, 1), ["VWS"], [ReflectionQuestion.SamenLeren], "Eerste keer", null, At(2019, 9, 1)),
        new TensionRaised(ZorgId, ZorgTension, "Wie betaalt de regio?", "Geld", "VWS", new LocalDate(2020, 11, 1), At(2020, 11, 1)));

    private static AgendaInputs InputsOf(ProgrammeFacts facts, IReadOnlyList<IReadOnlyList<ReflectionQuestion>> lastTwo, IReadOnlyList<OpenTension> tensions) =>
        new(HealthEvaluation.Evaluate(facts, Moment), null, lastTwo, tensions, [], []);

    private static IReadOnlyList<JointProposedAgendaItem> Proposal() => JointAgendaProposal.For(
    [
        new ProgrammeAgendaInputs(GhntId, "GHNT", InputsOf(Ghnt, [[ReflectionQuestion.SamenLeren]], [])),
        new ProgrammeAgendaInputs(ZorgId, "Zorg en veiligheid", InputsOf(Zorg, [], [new OpenTension(ZorgTension, "Wie betaalt de regio?", false, new LocalDate(2020, 11, 1))])),
    ], SessionDate);

    [Fact]
    public void every_item_names_its_programme_and_each_programme_brings_its_own_oranje_and_rood_indicators()
    {
        var proposal = Proposal();

        var attention = 0;
        foreach (var (id, facts) in new[] { (GhntId, Ghnt), (ZorgId, Zorg) })
        {
            var needingAttention = HealthEvaluation.Evaluate(facts, Moment)
                .Where(i => i.Status is IndicatorStatus.Oranje or IndicatorStatus.Rood).Select(i => i.Number.ToString()).ToList();
            attention += needingAttention.Count;
            proposal.Where(i => i.ProgrammeId == id && i.Kind == AgendaItemKind.Indicator).Select(i => i.Reference).ShouldBe(needingAttention);
        }
        attention.ShouldBeGreaterThan(0, "the history is chosen so that something needs attention");
        proposal.Where(i => i.ProgrammeId == GhntId).ShouldAllBe(i => i.ProgrammeName == "GHNT");
        proposal.Where(i => i.ProgrammeId == ZorgId).ShouldAllBe(i => i.ProgrammeName == "Zorg en veiligheid");
    }

    [Fact]
    public void rec9_is_rood_for_the_programme_that_stopped_reflecting_against_its_agreed_cadence_and_not_for_the_one_that_reflects()
    {
        var proposal = Proposal();

        proposal.ShouldContain(i => i.ProgrammeId == ZorgId && i.Kind == AgendaItemKind.Indicator && i.Reference == "9" && i.Why.StartsWith("Staat op rood"));
        proposal.ShouldNotContain(i => i.ProgrammeId == GhntId && i.Kind == AgendaItemKind.Indicator && i.Reference == "9");
    }

    [Fact]
    public void like_is_next_to_like_and_the_questions_are_marked_per_programme_from_its_own_last_sessions()
    {
        var proposal = Proposal();

        proposal.Select(i => i.Kind).ShouldBe(proposal.Select(i => i.Kind).OrderBy(k => k));
        var questions = proposal.Where(i => i.Kind == AgendaItemKind.ReflectionQuestion).ToList();
        questions.Count.ShouldBe(14);
        questions.Take(7).ShouldAllBe(q => q.ProgrammeId == GhntId);
        questions.Where(q => q.ProgrammeId == GhntId && q.Why == "Niet besproken in de laatste twee sessies.").Count().ShouldBe(6);
        questions.Where(q => q.ProgrammeId == ZorgId).ShouldAllBe(q => q.Why == "Niet besproken in de laatste twee sessies.");
        proposal.Single(i => i.Kind == AgendaItemKind.Tension).ProgrammeId.ShouldBe(ZorgId);
    }

    [Fact]
    public void the_combined_proposal_holds_exactly_what_each_programme_would_be_proposed_on_its_own()
    {
        var ghntAlone = AgendaProposal.For(InputsOf(Ghnt, [[ReflectionQuestion.SamenLeren]], []), SessionDate);

        Proposal().Where(i => i.ProgrammeId == GhntId).Select(i => (i.Kind, i.Title, i.Why, i.Reference))
            .ShouldBe(ghntAlone.Select(i => (i.Kind, i.Title, i.Why, i.Reference)));
    }
}
