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
    /// The proposed agenda of a gezamenlijke sessie: each covered programme's own proposal (indicators oranje or rood
    /// or changed since its last session, the seven questions of rec. 9 marked from its own last two sessions, open
    /// tensions, decisions due for review, open actions), combined and labelled with the programme. Only for someone
    /// who is procesbegeleider in every covered programme.
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
