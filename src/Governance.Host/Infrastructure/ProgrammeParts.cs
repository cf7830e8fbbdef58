using Governance.Domain.Common;
using Governance.Domain.Programmes;
using Marten;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Commands on a part of the programme stream that the route names (a body, a tension, a team member): the same
/// path as <see cref="StreamCommands.Decide{TState}"/>, but a part that is not in this programme is 404, as an
/// unknown programme is, rather than a refused rule.
/// </summary>
public static class ProgrammeParts
{
    /// <param name="missingPart">Names the part of the route that this programme lacks ("Overleg", id), or null when all are there.</param>
    public static async Task<IResult> DecideOnPart(
        this IDocumentSession session,
        HttpContext http,
        Guid programmeId,
        Func<Programme, (string Name, Guid Id)?> missingPart,
        Func<Programme, Outcome> decide,
        Func<IResult> accepted)
    {
        (string Name, Guid Id)? missing = null;
        var result = await session.Decide<Programme>(http, programmeId, "Programma", programme =>
        {
            missing = missingPart(programme);
            // The refusal only stops the append; the answer below replaces it with 404.
            return missing is null ? decide(programme) : Outcome.Refuse(Refusal.Violates("route.part-exists", "Niet gevonden."));
        }, accepted);
        return missing is { } part ? Problems.NotFound(part.Name, part.Id) : result;
    }

    public static (string, Guid)? MissingBody(this Programme programme, Guid bodyId) =>
        programme.Bodies.ContainsKey(bodyId) ? null : ("Overleg", bodyId);

    public static (string, Guid)? MissingTension(this Programme programme, Guid tensionId) =>
        programme.Tensions.ContainsKey(tensionId) ? null : ("Spanning", tensionId);

    public static (string, Guid)? MissingTeamMember(this Programme programme, Guid memberId) =>
        programme.TeamMembers.Contains(memberId) || programme.TeamMembersWhoLeft.Contains(memberId) ? null : ("Teamlid", memberId);
}
