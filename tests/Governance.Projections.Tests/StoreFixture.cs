using Governance.Projections;
using Governance.Testing;
using Marten;

namespace Governance.Projections.Tests;

/// <summary>A real Marten store on this project's own database, configured exactly as the host configures it.</summary>
public sealed class StoreFixture : IAsyncLifetime
{
    public IDocumentStore Store { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.ConnectionStringFor("governance_projections_tests");
        Store = DocumentStore.For(o => o.ConfigureGovernance(ConnectionString));
        await Store.Advanced.Clean.CompletelyRemoveAllAsync();
    }

    public Task DisposeAsync()
    {
        Store.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(nameof(StoreCollection))]
public sealed class StoreCollection : ICollectionFixture<StoreFixture>;
