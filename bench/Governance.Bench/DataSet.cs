using Governance.Domain.Access;
using Governance.Domain.Bodies;
using Governance.Domain.Care;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Directory;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using NodaTime;

namespace Governance.Bench;

/// <summary>The people the benchmark acts as. Fixed ids so a report can name them.</summary>
public sealed class Cast
{
    public const int Clients = 8;

    /// <summary>Opdrachtgever of the first 200 programmes: her portfolio is figure (b).</summary>
    public Guid Opdrachtgever { get; } = Guid.CreateVersion7();

    /// <summary>One programmadirecteur per concurrent client of figure (a); client k directs programmes i with i % 8 == k.</summary>
    public Guid[] Directors { get; } = Enumerable.Range(0, Clients).Select(_ => Guid.CreateVersion7()).ToArray();

    /// <summary>The lag probe of figure (e): programmadirecteur in the opdrachtgever's 200 programmes, so logs there and sees that portfolio.</summary>
    public Guid LagProbe { get; } = Guid.CreateVersion7();

    public IEnumerable<(Guid Id, string Name, string Email)> People()
    {
        yield return (Opdrachtgever, "Olga Opdrachtgever", "olga@bench.example");
        for (var k = 0; k < Directors.Length; k++) yield return (Directors[k], $"Directeur {k + 1}", $"directeur{k + 1}@bench.example");
        yield return (LagProbe, "Lia Looptijd", "lia@bench.example");
    }
}

/// <summary>One stream of a generated programme history: its id and its events in order.</summary>
public sealed record GeneratedStream(Guid Id, List<object> Events);

/// <summary>A generated programme: its streams, what the HTTP clients need to log decisions there, and its state.</summary>
public sealed record GeneratedProgramme(Guid Id, Guid BodyId, Programme State, List<GeneratedStream> Streams, Instant Middle)
{
    public int EventCount { get; init; }
}

/// <summary>
/// Generates realistic programme histories through the domain's own Decide functions (so every event is one the
/// application could have recorded), in memory; <see cref="Loader"/> appends them with Marten. Each programme: a
/// registration, opgave and justification, four partners with their interests, two bodies with members, its
/// members (directeur, and the opdrachtgever for the first 200), then a rhythm of decisions with partner positions
/// (one dissent each), body meetings, tensions raised/discussed/resolved, reflection sessions scheduled and held,
/// and vitality checks, every two days of business time, until it holds about the wanted number of events.
/// </summary>
public static class DataSet
{
    private static readonly LocalDate FirstStart = new(2016, 1, 4);

    public static Outcome Must(Outcome outcome, string what) =>
        outcome.IsRefused
            ? throw new InvalidOperationException($"Generator: {what} was refused: {string.Join("; ", outcome.Refusals.Select(r => r.Rule + " " + r.Message))}")
            : outcome;

    private static Instant At(LocalDate date, int hour = 12) =>
        date.At(new LocalTime(hour, 0)).InZoneLeniently(AmsterdamTime.Zone).ToInstant();

    public static IEnumerable<GeneratedStream> Directory(Cast cast, Instant now)
    {
        var organisationId = Guid.CreateVersion7();
        const string organisation = "Provincie Benchmark";
        yield return new GeneratedStream(organisationId,
            [.. Must(RegisterOrganisation.Decide(organisationId, new RegisterOrganisation(organisation, Bestuurslaag.Provincie), nameInUse: false, now), "organisation").Events]);
        foreach (var (id, name, email) in cast.People())
            yield return new GeneratedStream(id,
                [.. Must(RegisterPerson.Decide(id, new RegisterPerson(name, email, organisationId), organisation, emailInUse: false, now), "person").Events]);
    }

    public static GeneratedProgramme Programme(int index, int events, Cast cast, bool inOpdrachtgeverPortfolio)
    {
        var id = Guid.CreateVersion7();
        var start = FirstStart.PlusDays(index % 2500);
        var programmeStream = new GeneratedStream(id, []);
        var streams = new List<GeneratedStream> { programmeStream };
        var date = start;
        Programme state = null!;

        void OnProgramme(Outcome outcome, string what)
        {
            foreach (var e in Must(outcome, what).Events)
            {
                programmeStream.Events.Add(e);
                state = Domain.Programmes.Programme.Fold(state, e)!;
            }
        }

        OnProgramme(RegisterProgramme.Decide(id, new RegisterProgramme($"Programma {index + 1:0000} Regionale opgave",
            "Samen de regionale opgave realiseren waar de afzonderlijke organisaties dat niet kunnen.",
            $"Provincie {index % 12 + 1}", start, start.PlusYears(10)), At(date)), "register");
        OnProgramme(FormulateOpgave.Decide(state, new FormulateOpgave("De opgave", "Een ambitie", "Het beoogde maatschappelijke effect",
            "De kaders", "De ruimte"), At(date)), "opgave");
        OnProgramme(JustifyProgrammeForm.Decide(state, new JustifyProgrammeForm("Geen van de partners kan dit alleen.",
            "Een convenant; een projectorganisatie."), At(date)), "justify");

        var partners = new List<Guid>();
        var layers = new[] { Bestuurslaag.Provincie, Bestuurslaag.Gemeente, Bestuurslaag.Waterschap, Bestuurslaag.Rijk };
        var roles = new[] { PartnerRole.Opdrachtgever, PartnerRole.Opdrachtnemer, PartnerRole.Ketenpartner, PartnerRole.StaandeOrganisatie };
        for (var p = 0; p < 4; p++)
        {
            var partnerId = Guid.CreateVersion7();
            partners.Add(partnerId);
            OnProgramme(AddPartner.Decide(state, partnerId, new AddPartner($"{layers[p]} {index % 40 + p + 1}", layers[p], roles[p], date), At(date)), "partner");
            OnProgramme(RecordPartnerInterest.Decide(state, partnerId, new RecordPartnerInterest("Belang van de partner", "Menskracht en middelen"), At(date)), "interest");
        }

        var bodies = new List<Guid>();
        foreach (var (name, kind) in new[] { ("Stuurgroep", BodyKind.Stuurgroep), ("Programmaraad", BodyKind.Programmaraad) })
        {
            var bodyId = Guid.CreateVersion7();
            bodies.Add(bodyId);
            OnProgramme(EstablishGovernanceBody.Decide(state, bodyId, new EstablishGovernanceBody(name, kind, "Besluiten over de koers.", 10,
                [DoorzettingsAspect.Beleidsmatig, DoorzettingsAspect.Financieel]), At(date)), "body");
            foreach (var partnerId in partners.Take(3))
                OnProgramme(AddBodyMember.Decide(state, bodyId, new AddBodyMember(partnerId), At(date)), "body member");
        }

        OnProgramme(AssignMember.Decide(state, new AssignMember(cast.Directors[index % Cast.Clients], MemberRole.Programmadirecteur, null),
            $"Directeur {index % Cast.Clients + 1}", At(date)), "director");
        if (inOpdrachtgeverPortfolio)
        {
            OnProgramme(AssignMember.Decide(state, new AssignMember(cast.Opdrachtgever, MemberRole.Opdrachtgever, null), "Olga Opdrachtgever", At(date)), "opdrachtgever");
            OnProgramme(AssignMember.Decide(state, new AssignMember(cast.LagProbe, MemberRole.Programmadirecteur, null), "Lia Looptijd", At(date)), "lag probe");
        }

        var total = programmeStream.Events.Count;
        var openTensions = new Queue<Guid>();
        Instant middle = default;
        for (var step = 0; total < events; step++)
        {
            date = date.PlusDays(2);
            var now = At(date);
            if (middle == default && total >= events / 2) middle = now;
            switch (step % 10)
            {
                case 0 or 1 or 2 or 3:
                    var decisionId = Guid.CreateVersion7();
                    var logged = Must(LogDecision.Decide(state, decisionId, DecisionCommand(step, bodies[step % 2], date), now), "decision");
                    var decision = Decision.Fold(null, logged.Events[0])!;
                    var stream = new GeneratedStream(decisionId, [.. logged.Events]);
                    foreach (var (partnerId, position, reasoning) in new[]
                             {
                                 (partners[0], PartnerPosition.Agrees, (string?)null),
                                 (partners[1], PartnerPosition.Dissents, "Wij zien meer in de andere optie: de kosten vallen bij ons."),
                             })
                    {
                        var recorded = Must(RecordPartnerPosition.Decide(decision, state, new RecordPartnerPosition(partnerId, position, reasoning), now), "position");
                        foreach (var e in recorded.Events) { stream.Events.Add(e); decision = decision.After(e); }
                    }
                    streams.Add(stream);
                    total += stream.Events.Count;
                    break;
                case 4:
                    OnProgramme(RecordMeeting.Decide(state, bodies[step % 2], Guid.CreateVersion7(), new RecordMeeting(date, partners.Take(2).ToList(),
                        [new AgendaItemInput("Voortgang van de opgave", AgendaTag.OpgaveEnPraktijk), new AgendaItemInput("Begroting", AgendaTag.ProcesEnMiddelen)]), now), "meeting");
                    total++;
                    break;
                case 5:
                    var tensionId = Guid.CreateVersion7();
                    openTensions.Enqueue(tensionId);
                    OnProgramme(RaiseTension.Decide(state, tensionId, new RaiseTension("Verdeling van de kosten", "Partners verschillen van mening.", "Directeur", date), now), "tension");
                    total++;
                    break;
                case 6 when openTensions.Count > 0:
                    OnProgramme(DiscussTension.Decide(state, openTensions.Peek(), new DiscussTension("Stuurgroep", date), now), "discuss");
                    total++;
                    break;
                case 7 when openTensions.Count > 0:
                    OnProgramme(ResolveTension.Decide(state, openTensions.Dequeue(), new ResolveTension("Kosten naar rato verdeeld.", date), now), "resolve");
                    total++;
                    break;
                case 8:
                    var sessionId = Guid.CreateVersion7();
                    var heldOn = date;
                    var scheduled = Must(ScheduleReflectionSession.Decide(state, sessionId, new ScheduleReflectionSession("Reflectie op de samenwerking",
                        heldOn.At(new LocalTime(14, 0)).ToString("yyyy-MM-dd'T'HH:mm", null), 120, "Programmabureau", "Procesbegeleider",
                        ["Directeur", "Stuurgroep"]), At(heldOn.PlusDays(-21))), "schedule");
                    var session = ReflectionSession.Fold(null, scheduled.Events[0])!;
                    var held = Must(RecordReflectionSessionHeld.Decide(session, new RecordReflectionSessionHeld(["Directeur", "Partner"],
                        [ReflectionQuestion.ImpactOpDeOpgave], "Afspraken over de samenwerking.", null), At(heldOn, 17)), "held");
                    streams.Add(new GeneratedStream(sessionId, [.. scheduled.Events, .. held.Events]));
                    total += 2;
                    break;
                default:
                    OnProgramme(RecordVitalityCheck.Decide(state, new RecordVitalityCheck(date, "Energie is goed; werkdruk hoog."), now), "vitality");
                    total++;
                    break;
            }
        }
        return new GeneratedProgramme(id, bodies[0], state, streams, middle == default ? At(date) : middle) { EventCount = total };
    }

    /// <summary>The decision the HTTP clients and the generator log: the same shape as what a directeur would enter.</summary>
    public static LogDecision DecisionCommand(int number, Guid bodyId, LocalDate decidedOn) => new(
        $"Besluit {number}: verdeling van de middelen",
        "De stuurgroep besprak twee varianten.",
        [new DecisionOption("Variant A", "Snel", "Duur"), new DecisionOption("Variant B", "Goedkoop", "Traag")],
        "Variant A",
        "Snelheid weegt zwaarder dan de kosten in deze fase.",
        new DecidedByInput(bodyId, null),
        null,
        decidedOn,
        null,
        "Sneller resultaat in de regio.",
        decidedOn.PlusMonths(6),
        null,
        null);
}
