using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Common;
using Governance.Domain.Health;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Resources;
using NodaTime;

namespace Governance.Domain.Tests.Health;

/// <summary>
/// Given a history of one programme (each event with its own id), evaluate the indicators on a date. The standard
/// programme starts 1 January 2020 (start window until 1 April 2020) and is planned to end 31 December 2022.
/// </summary>
public abstract class HealthSpec
{
    protected static readonly LocalDate Start = new(2020, 1, 1);
    protected static readonly LocalDate PlannedEnd = new(2022, 12, 31);
    protected static readonly LocalDate AfterStartWindow = new(2020, 4, 1);

    protected readonly Guid ProgrammeId = Guid.NewGuid();
    private readonly List<(Guid Id, IProgrammeEvent Event)> _history = [];

    /// <summary>Noon in Amsterdam on a date: the moment an event "of that day" was recorded.</summary>
    protected static Instant Noon(LocalDate date) => date.At(new LocalTime(12, 0)).InZoneStrictly(AmsterdamTime.Zone).ToInstant();

    protected static LocalDate D(int year, int month, int day) => new(year, month, day);

    protected HealthSpec() : this(plannedEndKnown: true) { }

    /// <param name="plannedEndKnown">False: registered with the planned end left "onbekend" (issue 17 §6).</param>
    protected HealthSpec(bool plannedEndKnown) =>
        Given(new ProgrammeRegistered(ProgrammeId, "Samen tegen geweld", "Geweld stoppen", "Ministerie van VWS", Start,
            plannedEndKnown ? PlannedEnd : null, Noon(D(2019, 12, 1))));

    protected Guid Given(IProgrammeEvent e)
    {
        var id = Guid.NewGuid();
        _history.Add((id, e));
        return id;
    }

    protected void Given(params IProgrammeEvent[] events)
    {
        foreach (var e in events) Given(e);
    }

    protected ProgrammeFacts Facts => ProgrammeFacts.From(ProgrammeId, _history.OrderBy(h => h.Event.RecordedAt));

    protected IndicatorResult On(LocalDate date, Recommendation recommendation, HealthThresholds? thresholds = null) =>
        HealthEvaluation.Evaluate(Facts, thresholds ?? HealthThresholds.Default, Noon(date).Plus(Duration.FromHours(6)))[(int)recommendation - 1];

    protected IndicatorStatus StatusOn(LocalDate date, Recommendation recommendation, HealthThresholds? thresholds = null) =>
        On(date, recommendation, thresholds).Status;

    // Event factories with sensible defaults, recorded at noon of the given date.

    protected Guid Partner(string name, LocalDate on, Bestuurslaag layer = Bestuurslaag.Rijk, PartnerRole role = PartnerRole.Ketenpartner)
    {
        var id = Guid.NewGuid();
        Given(new PartnerJoined(ProgrammeId, id, name, layer, role, on, Noon(on)));
        return id;
    }

    protected Guid Body(LocalDate on, params DoorzettingsAspect[] aspects)
    {
        var id = Guid.NewGuid();
        Given(new GovernanceBodyEstablished(ProgrammeId, id, "Stuurgroep", BodyKind.Stuurgroep, "Besluiten", 6, aspects, Noon(on)));
        return id;
    }

    protected static readonly DoorzettingsAspect[] AllAspects = Enum.GetValues<DoorzettingsAspect>();

    protected Guid Tension(LocalDate on, string subject = "Subsidieregeling")
    {
        var id = Guid.NewGuid();
        Given(new TensionRaised(ProgrammeId, id, subject, "Moeizaam", "Programmadirecteur", on, Noon(on)));
        return id;
    }

    protected void Care(LocalDate on) => Given(new VitalityCheckHeld(ProgrammeId, on, "Goed gesprek", Noon(on)));

    protected void SessionHeld(LocalDate on) =>
        Given(new ReflectionSessionHeld(Guid.NewGuid(), ProgrammeId, on, ["VWS"], [ReflectionQuestion.ImpactOpDeOpgave], "Inzichten", null, Noon(on)));

    protected void SessionCancelled(LocalDate on) =>
        Given(new ReflectionSessionCancelled(Guid.NewGuid(), ProgrammeId, "Kamervragen", Noon(on)));

    protected void Funding(LocalDate until, Guid by, LocalDate? on = null) =>
        Given(new FundingCommitted(ProgrammeId, Guid.NewGuid(), by, 1_000_000m, Start, until, FundingKind.Tijdelijk, Noon(on ?? Start)));

    protected void Meeting(LocalDate on, Guid bodyId, int opgaveItems, int processItems) =>
        Given(new MeetingHeld(ProgrammeId, bodyId, Guid.NewGuid(), on, [],
            Enumerable.Range(0, opgaveItems).Select(i => new AgendaItem($"Praktijk {i}", AgendaTag.OpgaveEnPraktijk))
                .Concat(Enumerable.Range(0, processItems).Select(i => new AgendaItem($"Proces {i}", AgendaTag.ProcesEnMiddelen))).ToList(),
            Noon(on)));
}
