using Governance.Domain.Directory;
using Governance.Domain.Partners;
using Governance.Projections.Directory;
using Marten;
using NodaTime;

namespace Governance.Host.Access;

/// <summary>
/// A fresh installation has no administrator, and only an administrator can add people. When configured
/// (Authentication:BootstrapAdministrator), the first administrator is registered through the same decisions
/// as any other person — and only when no administrator exists yet.
/// </summary>
public sealed class AdministratorBootstrap(AccessOptions options, Infrastructure.AttributedSessions sessions, IClock clock)
{
    public async Task EnsureAsync(CancellationToken ct = default)
    {
        if (options.BootstrapAdministrator is not { } admin || string.IsNullOrWhiteSpace(admin.Email)) return;

        await using var session = sessions.OpenSession(Actor.Application("eerste beheerder"), correlationId: "bootstrap");
        if (await session.Query<DirectoryPerson>().AnyAsync(p => p.IsAdministrator, ct)) return;

        var organisation = await session.Query<DirectoryOrganisation>().FirstOrDefaultAsync(o => o.Name == admin.Organisation, ct);
        var organisationId = organisation?.Id ?? Guid.CreateVersion7();
        if (organisation is null)
        {
            var registered = RegisterOrganisation.Decide(organisationId, new RegisterOrganisation(admin.Organisation, Bestuurslaag.Rijk), false, clock.GetCurrentInstant());
            if (registered.IsRefused) throw new InvalidOperationException($"Bootstrap administrator: {registered.Refusals[0].Message}");
            session.Events.StartStream(organisationId, registered.Events);
        }

        var email = RegisterPerson.Normalise(admin.Email);
        var inUse = await session.Query<DirectoryPerson>().AnyAsync(p => p.Email == email, ct);
        var personId = Guid.CreateVersion7();
        var outcome = RegisterPerson.Decide(personId, new RegisterPerson(admin.Name, admin.Email, organisationId, IsAdministrator: true),
            organisation?.Name ?? admin.Organisation.Trim(), inUse, clock.GetCurrentInstant());
        if (outcome.IsRefused) throw new InvalidOperationException($"Bootstrap administrator: {outcome.Refusals[0].Message}");
        session.Events.StartStream(personId, outcome.Events);
        await session.SaveChangesAsync(ct);
    }
}

/// <summary>Part of the start when the database is there; else done once it is (Infrastructure/StoreStartup.cs).</summary>
public sealed class AdministratorBootstrapService(AdministratorBootstrap bootstrap, Infrastructure.StoreStartup startup) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        startup.RunOnceReady("Bootstrap administrator", bootstrap.EnsureAsync, cancellationToken);
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
