using Governance.Domain.Access;
using Governance.Domain.Programmes;
using Governance.Host.Infrastructure;
using Governance.Projections.Access;
using Governance.Projections.Directory;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Access;

public static class MembersEndpoints
{
    /// <summary>Geef een persoon een rol in het programma (opdrachtgevers; beheerders voor elk programma).</summary>
    [WolverinePost("/api/programmes/{programmeId}/members", OperationId = "assignMember")]
    [Tags("Leden en rechten")]
    [RequiresRight(Right.ManageMembers)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Assign(Guid programmeId, AssignMember command, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteAssign(programmeId, command, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static async Task<Handled> ExecuteAssign(Guid programmeId, AssignMember command, IDocumentSession session, IClock clock,
        long? expectedVersion, CancellationToken ct)
    {
        var person = command.PersonId is { } id ? await session.LoadAsync<DirectoryPerson>(id, ct) : null;
        return await session.Handle<Programme>(programmeId, expectedVersion, "Programma",
            programme => AssignMember.Decide(programme, command, person?.Name, clock.GetCurrentInstant()), ct);
    }

    /// <summary>Neem iemands rol in het programma weg.</summary>
    [WolverineDelete("/api/programmes/{programmeId}/members/{personId}", OperationId = "removeMember")]
    [Tags("Leden en rechten")]
    [RequiresRight(Right.ManageMembers)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static Task<IResult> Remove(Guid programmeId, Guid personId, IDocumentSession session, IClock clock, HttpContext http) =>
        http.Answer(expected => ExecuteRemove(programmeId, personId, session, clock, expected, http.RequestAborted), _ => Results.NoContent());

    /// <summary>The use case, for the API above and the page alike (a page names no expected version).</summary>
    public static Task<Handled> ExecuteRemove(Guid programmeId, Guid personId, IDocumentSession session, IClock clock,
        long? expectedVersion, CancellationToken ct) =>
        session.Handle<Programme>(programmeId, expectedVersion, "Programma",
            programme => RemoveMember.Decide(programme, personId, clock.GetCurrentInstant()), ct);

    /// <summary>
    /// Wie meedoet aan het programma, en in welke rol. Filters: <c>role</c> en de partner namens wie iemand optreedt
    /// (<c>partnerId</c>); <c>asOf</c> (een datum of een tijdstip) toont de leden van toen. Gesorteerd met <c>sort</c>
    /// (name, de standaard, of -name); in pagina's met offset/limit en X-Total-Count.
    /// </summary>
    [WolverineGet("/api/programmes/{programmeId}/members", OperationId = "listMembers")]
    [Tags("Leden en rechten")]
    [RequiresRight(Right.ReadProgramme)]
    [ProducesResponseType<IReadOnlyList<Member>>(StatusCodes.Status200OK)]
    public static async Task<IResult> List(Guid programmeId, string? role, Guid? partnerId, string? asOf, string? sort, string? offset, string? limit,
        IQuerySession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (!Moments.TryRead(asOf, "asOf", Moments.Boundary.EndOfDay, out var moment, out var problem)) return problem!;
        var errors = new Dictionary<string, string[]>();
        var wantedRole = QueryFilters.Enum<MemberRole>(role, "role", "Onbekende rol.", errors);
        var page = Paging.Read(offset, limit, errors);
        if (sort is not (null or "name" or "-name")) errors["sort"] = ["Sorteer op name (standaard) of -name."];
        if (errors.Count > 0) return QueryFilters.Invalid(errors);

        var (existed, members) = await session.ProgrammeAsOf<ProgrammeMembersProjection, ProgrammeMembers>(programmeId, moment, ct);
        if (!existed) return Problems.NotFound("Programma", programmeId);
        var selected = (members?.Members ?? [])
            .Where(m => wantedRole is null || m.Role == wantedRole)
            .Where(m => partnerId is null || m.PartnerId == partnerId);
        var sorted = sort == "-name"
            ? selected.OrderByDescending(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
            : selected.OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase);
        return Results.Ok(sorted.ToList().Page(page, http));
    }
}
