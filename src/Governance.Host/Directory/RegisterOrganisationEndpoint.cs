using Governance.Domain.Directory;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Governance.Projections.Directory;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Directory;

public static class RegisterOrganisationEndpoint
{
    /// <summary>Registreer een organisatie (alleen beheerders). Antwoordt 201 met het id.</summary>
    [WolverinePost("/api/organisations", OperationId = "registerOrganisation")]
    [Tags("Register")]
    [RequiresAdministrator]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(RegisterOrganisation command, IDocumentSession session, IClock clock, HttpContext http) =>
        (await Execute(command, session, clock, http.RequestAborted)).ToHttpCreated(http, id => $"/api/organisations/{id}");

    /// <summary>The use case, for the API above and the page alike.</summary>
    public static async Task<Handled> Execute(RegisterOrganisation command, IDocumentSession session, IClock clock, CancellationToken ct)
    {
        var name = command.Name?.Trim();
        var nameInUse = name is not null && await session.Query<DirectoryOrganisation>().AnyAsync(o => o.Name == name, ct);
        var organisationId = Guid.CreateVersion7();
        var outcome = RegisterOrganisation.Decide(organisationId, command, nameInUse, clock.GetCurrentInstant());
        if (outcome.IsRefused) return Handled.Refuse(outcome.Refusals);
        session.Events.StartStream(organisationId, outcome.Events);
        return Handled.Accept(createdId: organisationId);
    }

    /// <summary>Alle organisaties, op naam (alleen beheerders).</summary>
    [WolverineGet("/api/organisations", OperationId = "listOrganisations")]
    [Tags("Register")]
    [RequiresAdministrator]
    [ProducesResponseType<IReadOnlyList<DirectoryOrganisation>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<DirectoryOrganisation>> List(IQuerySession session, CancellationToken ct) =>
        await session.Query<DirectoryOrganisation>().OrderBy(o => o.Name).ToListAsync(ct);
}
