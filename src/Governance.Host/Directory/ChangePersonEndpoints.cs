using Governance.Domain.Directory;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Directory;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Directory;

public static class ChangePersonEndpoints
{
    /// <summary>
    /// Verbeter de naam, het e-mailadres, de organisatie of het beheerrecht van een persoon (alleen beheerders).
    /// </summary>
    [WolverinePut("/api/people/{personId}", OperationId = "changePerson")]
    [Tags("Register")]
    [RequiresAdministrator]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static async Task<IResult> Change(Guid personId, ChangePerson command, IDocumentSession session, IClock clock, HttpContext http) =>
        (await ExecuteChange(personId, command, session, clock, http.RequestAborted)).ToHttp(http, Results.NoContent);

    /// <summary>The use case, for the API above and the page alike.</summary>
    public static async Task<Handled> ExecuteChange(Guid personId, ChangePerson command, IDocumentSession session, IClock clock, CancellationToken ct)
    {
        var person = await session.LoadAsync<DirectoryPerson>(personId, ct);
        if (person is null) return Handled.NotFound("Persoon", personId);
        var organisation = command.OrganisationId is { } id ? await session.LoadAsync<DirectoryOrganisation>(id, ct) : null;
        var email = string.IsNullOrWhiteSpace(command.Email) ? null : RegisterPerson.Normalise(command.Email);
        var inUse = email is not null && await session.Query<DirectoryPerson>().AnyAsync(p => p.Email == email && p.Id != personId, ct);

        var outcome = ChangePerson.Decide(personId, person.Active, command, organisation?.Name, inUse, clock.GetCurrentInstant());
        if (outcome.IsRefused) return Handled.Refuse(outcome.Refusals);
        session.Events.Append(personId, outcome.Events);
        return Handled.Accept();
    }

    /// <summary>
    /// Zet een persoon op non-actief: die kan niet meer aanmelden; wat die deed, blijft bewaard (alleen beheerders).
    /// </summary>
    [WolverinePost("/api/people/{personId}/deactivation", OperationId = "deactivatePerson")]
    [Tags("Register")]
    [RequiresAdministrator]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public static async Task<IResult> Deactivate(Guid personId, DeactivatePerson command, IDocumentSession session, IClock clock, HttpContext http) =>
        (await ExecuteDeactivate(personId, command, session, clock, http.RequestAborted)).ToHttp(http, Results.NoContent);

    /// <summary>The use case, for the API above and the page alike.</summary>
    public static async Task<Handled> ExecuteDeactivate(Guid personId, DeactivatePerson command, IDocumentSession session, IClock clock, CancellationToken ct)
    {
        var person = await session.LoadAsync<DirectoryPerson>(personId, ct);
        if (person is null) return Handled.NotFound("Persoon", personId);
        var outcome = DeactivatePerson.Decide(personId, person.Active, command, clock.GetCurrentInstant());
        if (outcome.IsRefused) return Handled.Refuse(outcome.Refusals);
        session.Events.Append(personId, outcome.Events);
        return Handled.Accept();
    }
}
