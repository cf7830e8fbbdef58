using Governance.Domain.Access;
using Governance.Domain.Reflection.Joint;
using Governance.Host.Access;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection.Joint;

public static class ProposeJointAgendaEndpoint
{
    /// <summary>
    /// Het agendavoorstel van een gezamenlijke sessie: het eigen voorstel van elk programma dat meedoet (indicatoren
    /// die oranje of rood zijn of veranderd sinds de vorige sessie, de zeven vragen van aanbeveling 9 gemarkeerd vanuit
    /// de eigen laatste twee sessies, open spanningen, besluiten om te evalueren, open acties), samengevoegd en
    /// gelabeld met het programma. Alleen voor wie procesbegeleider is in elk programma dat meedoet.
    /// </summary>
    [WolverineGet("/api/joint-reflection-sessions/{jointSessionId}/agenda-proposal", OperationId = "proposeJointReflectionAgenda")]
    [RequiresSignIn]
    [Tags("Reflectie")]
    [ProducesResponseType<IReadOnlyList<JointProposedAgendaItem>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid jointSessionId, IQuerySession session, IClock clock, HttpContext http, CancellationToken ct)
    {
        var (parts, refused) = await JointSessions.WithRightInEvery(http, session, jointSessionId, Right.PlanReflection, ct);
        if (refused is not null) return refused;

        var now = clock.GetCurrentInstant();
        var inputs = new List<ProgrammeAgendaInputs>();
        foreach (var part in parts)
            inputs.Add(new ProgrammeAgendaInputs(part.ProgrammeId, part.ProgrammeName,
                await ProposeAgendaEndpoint.InputsFor(part.ProgrammeId, part.Session.Id, session, now, ct)));
        return Results.Ok(JointAgendaProposal.For(inputs, parts[0].Session.Start.Date));
    }
}
