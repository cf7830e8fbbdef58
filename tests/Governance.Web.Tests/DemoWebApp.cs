using Governance.Host.Demo;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Web.Tests;

/// <summary>
/// The real host with the demo loaded, as a newcomer meets it after <c>./run.sh</c>: the three historical programmes
/// and the invented one that is live on the day of loading (the test clock's day), in a database of its own — the
/// demo brings its own directory, whose organisation names the other browser tests' people also use.
/// </summary>
public sealed class DemoWebApp : WebApp
{
    protected override string DatabaseName => "governance_web_demo";

    protected override async Task FillStoreAsync()
    {
        await Services.GetRequiredService<IDocumentStore>().Advanced.ResetAllData();
        (await Services.GetRequiredService<DemoLoader>().LoadAsync()).ShouldBeTrue("the demo loads into an empty store");
    }
}
