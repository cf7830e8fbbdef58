using Governance.Domain.Access;
using Governance.Domain.Decisions;
using Governance.Domain.Health;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Care;
using Governance.Projections.Decisions;
using Governance.Projections.Health;
using Governance.Projections.Reflection;
using Marten;
using NodaTime;
using Wolverine.Http;
using Governance.Domain.Common;

namespace Governance.Host.Reflection;

public static class ProposeAgendaEndpoint
{
    /// <summary>
    /// Een voorstel voor de agenda van een reflectiesessie: indicatoren die oranje of rood zijn of veranderd zijn sinds
    /// de vorige sessie (met hun gespreksvraag en waarom), de zeven reflectievragen van aanbeveling 9 (gemarkeerd als
    /// ze in de laatste twee sessies niet aan bod kwamen), open spanningen, besluiten die voor de sessie geëvalueerd
    /// moeten worden en open vervolgacties. De procesbegeleider past het aan voor het versturen.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/reflection-sessions/{sessionId}/agenda-proposal", OperationId = "proposeReflectionAgenda")]
    [RequiresRight(Right.PlanReflection)]
    [Tags("Reflectie")]
    [ProducesResponseType<IReadOnlyList<ProposedAgendaItem>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid programmeId, Guid sessionId, IQuerySession session, IClock clock, CancellationToken ct)
    {
        var target = await session.LoadAsync<ReflectionSessionView>(sessionId, ct);
        if (target is null || target.ProgrammeId != programmeId) return Problems.NotFound("Reflectiesessie", sessionId);

        var inputs = await InputsFor(programmeId, sessionId, session, clock.GetCurrentInstant(), ct);
        return Results.Ok(AgendaProposal.For(inputs, target.Start.Date));
    }

    /// <summary>
    /// What a programme's proposal is drawn from at <paramref name="now"/>, leaving out the session being prepared:
    /// shared by the proposal of one session and of a gezamenlijke sessie (each covered programme alike).
    /// </summary>
    public static async Task<AgendaInputs> InputsFor(Guid programmeId, Guid preparedSessionId, IQuerySession session, Instant now, CancellationToken ct)
    {
        var facts = await session.LoadAsync<ProgrammeHealthFacts>(programmeId, ct);
        var sessions = await session.Query<ReflectionSessionView>().Where(s => s.ProgrammeId == programmeId).ToListAsync(ct);
        var held = sessions.Where(s => s.HeldOn is not null && s.Id != preparedSessionId).OrderByDescending(s => s.HeldOn).ToList();
        var tensions = await session.LoadAsync<TensionsAndCare>(programmeId, ct);
        var decisions = await session.Query<DecisionRecord>().Where(d => d.ProgrammeId == programmeId).ToListAsync(ct);

        var indicatorsNow = facts is null ? [] : HealthEvaluation.Evaluate(facts.Facts, now);
        var atLastSession = facts is null || held.Count == 0 ? null
            : HealthEvaluation.Evaluate(facts.Facts, EndOf(held[0].HeldOn!.Value)).ToDictionary(r => r.Number, r => r.Status);

        return new AgendaInputs(
            indicatorsNow,
            atLastSession,
            held.Take(2).Select(s => (IReadOnlyList<ReflectionQuestion>)s.QuestionsAddressed).ToList(),
            (tensions?.Tensions ?? []).Where(t => t.Status != TensionStatus.Resolved)
                .Select(t => new OpenTension(t.TensionId, t.Subject, t.Status == TensionStatus.Escalated, t.RaisedOn)).ToList(),
            decisions.Where(d => d.ReviewOn is not null && d.Status is DecisionStatus.Taken or DecisionStatus.Revised)
                .Select(d => new DecisionDueForReview(d.Id, d.Title, d.ReviewOn!.Value)).ToList(),
            sessions.SelectMany(s => s.Actions).Where(a => a.CompletedOn is null)
                .Select(a => new OpenFollowUpAction(a.ActionId, a.Action, a.Owner, a.DueOn)).ToList());
    }

    private static Instant EndOf(LocalDate date) =>
        AmsterdamTime.Zone.AtStartOfDay(date.PlusDays(1)).ToInstant() - Duration.Epsilon;
}
