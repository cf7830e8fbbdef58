using Governance.Domain.Directory;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Host.Programmes;
using Governance.Projections.Directory;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Directory;

public static class RegisterPersonEndpoint
{
    /// <summary>
    /// Registreer een persoon van een organisatie (alleen beheerders). Die meldt zich aan met dit e-mailadres.
    /// Antwoordt 201 met het id.
    /// </summary>
    [WolverinePost("/api/people", OperationId = "registerPerson")]
    [Tags("Register")]
    [RequiresAdministrator]
    [ProducesResponseType<CreatedId>(StatusCodes.Status201Created)]
    public static async Task<IResult> Post(RegisterPerson command, IDocumentSession session, IClock clock, HttpContext http) =>
        (await Execute(command, session, clock, http.RequestAborted)).ToHttpCreated(http, id => $"/api/people/{id}");

    /// <summary>The use case, for the API above and the page alike.</summary>
    public static async Task<Handled> Execute(RegisterPerson command, IDocumentSession session, IClock clock, CancellationToken ct)
    {
        var organisation = command.OrganisationId is { } id ? await session.LoadAsync<DirectoryOrganisation>(id, ct) : null;
        var email = string.IsNullOrWhiteSpace(command.Email) ? null : RegisterPerson.Normalise(command.Email);
        var emailInUse = email is not null && await session.Query<DirectoryPerson>().AnyAsync(p => p.Email == email, ct);
        var personId = Guid.CreateVersion7();
        var outcome = RegisterPerson.Decide(personId, command, organisation?.Name, emailInUse, clock.GetCurrentInstant());
        if (outcome.IsRefused) return Handled.Refuse(outcome.Refusals);
        session.Events.StartStream(personId, outcome.Events);
        return Handled.Accept(createdId: personId);
    }

    /// <summary>Alle personen, op naam (alleen beheerders).</summary>
    [WolverineGet("/api/people", OperationId = "listPeople")]
    [Tags("Register")]
    [RequiresAdministrator]
    [ProducesResponseType<IReadOnlyList<DirectoryPerson>>(StatusCodes.Status200OK)]
    public static async Task<IReadOnlyList<DirectoryPerson>> List(IQuerySession session, CancellationToken ct) =>
        await session.Query<DirectoryPerson>().OrderBy(p => p.Name).ToListAsync(ct);
}
