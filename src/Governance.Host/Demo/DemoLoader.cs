using Governance.Domain.Access;
using Governance.Domain.Common;
using Governance.Domain.Decisions;
using Governance.Domain.Directory;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Audit;
using Governance.Projections.Directory;
using Marten;
using NodaTime;

namespace Governance.Host.Demo;

/// <summary>
/// Replays the demo history (<see cref="DemoData"/>) through the domain's own decisions, exactly as the endpoints
/// carry them out: the state comes from <c>FetchForWriting</c>/<c>FetchLatest</c>, the decision gets the step's
/// historical moment as <c>now</c>, and the events are stamped with the acting person and their organisation so the
/// audit trail reads as if they had done it themselves. A refused step stops the load with the refusal: the demo
/// has to satisfy the real rules. Loading is idempotent: once the GHNT programme exists, nothing is done.
/// </summary>
public sealed class DemoLoader(IDocumentStore store, AttributedSessions sessions, IClock clock, ILogger<DemoLoader> logger)
{
    /// <summary>Loads the demo unless it is already there. Returns whether it loaded.</summary>
    public async Task<bool> LoadAsync(CancellationToken ct = default)
    {
        await using (var query = store.QuerySession())
        {
            if (await query.Events.FetchStreamStateAsync(DemoData.Ghnt, ct) is not null)
            {
                logger.LogInformation("Demo already loaded (programme GHNT exists); nothing to do.");
                return false;
            }
            // The directory comes first and GHNT starts in 2018: a demo person without GHNT is a load that broke off.
            if (await query.Events.FetchStreamStateAsync(DemoPeople.Administrator, ct) is not null)
                throw new InvalidOperationException(
                    "The demo was loaded only in part (its people exist, programme GHNT does not). Start from an empty database to load it again.");
        }

        var steps = DemoData.Steps(clock.GetCurrentInstant().InZone(AmsterdamTime.Zone).Date);
        var names = DemoData.PersonNames();
        foreach (var step in steps)
            await CarryOutAsync(step, names, ct);
        logger.LogInformation("Demo loaded: {Steps} steps, three historical programmes and one live today.", steps.Count);
        return true;
    }

    private async Task CarryOutAsync(DemoStep step, IReadOnlyDictionary<Guid, (string Name, string Organisation)> people, CancellationToken ct)
    {
        // Each step is attributed to the demo person who would have done it; the people themselves are registered
        // by the application.
        var actor = people.TryGetValue(step.ActorId, out var person)
            ? new Actor(person.Name, step.ActorId, person.Organisation)
            : Actor.Application("demo");
        await using var session = sessions.OpenSession(actor, correlationId: "demo");

        var now = step.At;
        var outcome = step.Command switch
        {
            DemoCommand.Organisation c => await RegisterOrganisationAsync(session, c, now, ct),
            DemoCommand.Person c => await RegisterPersonAsync(session, c, now, ct),
            DemoCommand.StartProgramme c => StartStream(session, c.ProgrammeId, RegisterProgramme.Decide(c.ProgrammeId, c.Command, now)),
            DemoCommand.Member c => await OnStreamAsync<Programme>(session, c.ProgrammeId, async p =>
            {
                var person = c.Command.PersonId is { } id ? await session.LoadAsync<DirectoryPerson>(id, ct) : null;
                return AssignMember.Decide(p, c.Command, person?.Name, now);
            }, ct),
            DemoCommand.OnProgramme c => await OnStreamAsync<Programme>(session, c.ProgrammeId, p => Task.FromResult(c.Decide(p, now)), ct),
            DemoCommand.StartDecision c => StartStream(session, c.DecisionId,
                LogDecision.Decide(await ProgrammeAsync(session, c.ProgrammeId, ct), c.DecisionId, c.Command, now)),
            DemoCommand.OnDecision c => await InProgrammeAsync<Decision>(session, c.ProgrammeId, c.DecisionId,
                (d, p) => c.Decide(d, p, now), ct),
            DemoCommand.ScheduleSession c => StartStream(session, c.SessionId,
                ScheduleReflectionSession.Decide(await ProgrammeAsync(session, c.ProgrammeId, ct), c.SessionId, c.Command, now)),
            DemoCommand.OnSession c => await InProgrammeAsync<ReflectionSession>(session, c.ProgrammeId, c.SessionId,
                (s, p) => c.Decide(s, p, now), ct),
            _ => throw new InvalidOperationException($"Unknown demo command {step.Command.GetType().Name}."),
        };

        if (outcome.IsRefused)
            throw new InvalidOperationException(
                $"Demo step of {step.At} ({step.Command.GetType().Name}) was refused: " +
                string.Join("; ", outcome.Refusals.Select(r => $"{r.Rule}: {r.Message}")));
        await session.SaveChangesAsync(ct);
    }

    private static async Task<Outcome> RegisterOrganisationAsync(IDocumentSession session, DemoCommand.Organisation c, Instant now, CancellationToken ct)
    {
        var name = c.Command.Name.Trim();
        var nameInUse = await session.Query<DirectoryOrganisation>().AnyAsync(o => o.Name == name, ct);
        return StartStream(session, c.OrganisationId, RegisterOrganisation.Decide(c.OrganisationId, c.Command, nameInUse, now));
    }

    private static async Task<Outcome> RegisterPersonAsync(IDocumentSession session, DemoCommand.Person c, Instant now, CancellationToken ct)
    {
        var organisation = c.Command.OrganisationId is { } id ? await session.LoadAsync<DirectoryOrganisation>(id, ct) : null;
        var email = RegisterPerson.Normalise(c.Command.Email);
        var emailInUse = await session.Query<DirectoryPerson>().AnyAsync(p => p.Email == email, ct);
        return StartStream(session, c.PersonId, RegisterPerson.Decide(c.PersonId, c.Command, organisation?.Name, emailInUse, now));
    }

    private static Outcome StartStream(IDocumentSession session, Guid streamId, Outcome outcome)
    {
        if (!outcome.IsRefused) session.Events.StartStream(streamId, outcome.Events);
        return outcome;
    }

    private static async Task<Programme> ProgrammeAsync(IDocumentSession session, Guid programmeId, CancellationToken ct) =>
        await session.ProgrammeState(programmeId, ct) ?? throw new InvalidOperationException($"Demo: programme {programmeId} does not exist.");

    private static async Task<Outcome> OnStreamAsync<TState>(IDocumentSession session, Guid streamId, Func<TState, Task<Outcome>> decide, CancellationToken ct)
        where TState : class
    {
        var stream = await session.Events.FetchForWriting<TState>(streamId, ct);
        if (stream.Aggregate is null) throw new InvalidOperationException($"Demo: stream {streamId} ({typeof(TState).Name}) does not exist.");
        var outcome = await decide(stream.Aggregate);
        if (!outcome.IsRefused) stream.AppendMany(outcome.Events);
        return outcome;
    }

    /// <summary>A decision or session of a programme: the programme's current state informs the decision, as in ProgrammeStreams.</summary>
    private static async Task<Outcome> InProgrammeAsync<TState>(IDocumentSession session, Guid programmeId, Guid streamId,
        Func<TState, Programme, Outcome> decide, CancellationToken ct) where TState : class
    {
        var programme = await ProgrammeAsync(session, programmeId, ct);
        return await OnStreamAsync<TState>(session, streamId, state => Task.FromResult(decide(state, programme)), ct);
    }
}
