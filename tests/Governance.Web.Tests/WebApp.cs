using System.Net.Http.Json;
using System.Text.Json;
using Governance.Host.Access;
using Governance.Projections.Directory;
using Governance.Testing;
using JasperFx;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using NodaTime;
using NodaTime.Testing;
using Wolverine;

namespace Governance.Web.Tests;

/// <summary>
/// The real host (Program) serving on a real loopback port, for a real browser (headless Chromium). Chosen over a
/// separate `dotnet Governance.Host.dll` process: .NET 10's WebApplicationFactory can run Kestrel on a free port
/// (UseKestrel), which keeps the fake clock of the host tests — so the tests can build a past and then read the
/// pages "as of" a date in it — and needs no process management. The content root is the source folder, so the
/// stylesheets npm ci copied to wwwroot/lib are served as in run.sh.
/// </summary>
public class WebApp : IAsyncLifetime
{
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 9, 0);

    public FakeClock Clock { get; } = new(Start);
    public Uri Address { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public WebPeople People { get; protected set; } = null!;
    public IServiceProvider Services => _factory.Services;

    private Factory _factory = null!;
    private IPlaywright _playwright = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await TestDatabase.ConnectionStringFor(DatabaseName);
        JasperFxEnvironment.AutoStartHost = true;
        // A port chosen before the start, so the site's address (which e-mails link to) is known to its settings.
        var port = FreePort();
        _factory = new Factory(connectionString, Clock, $"http://127.0.0.1:{port}");
        _factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)));
        _api = new HttpClient { BaseAddress = Address };

        await FillStoreAsync();

        // Warm the pages up before any browser waits on them: the first render of each page type compiles and JITs,
        // which on a busy 2-core machine (test projects run in parallel) can take longer than a browser timeout.
        foreach (var warmUp in new[] { "/aanmelden", "/fout/404" })
            using (await _api.GetAsync(warmUp)) { }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Keep the browser off the network and out of the machine's services.
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>The database this host keeps its store in; each kind of app has its own.</summary>
    protected virtual string DatabaseName => "governance_web_tests";

    /// <summary>
    /// What the store holds when the tests begin. Every run starts from an empty store with the same people: the
    /// bootstrap administrator and one per role.
    /// </summary>
    protected virtual async Task FillStoreAsync()
    {
        await _factory.Services.GetRequiredService<IDocumentStore>().Advanced.ResetAllData();
        await _factory.Services.GetRequiredService<AdministratorBootstrap>().EnsureAsync();
        People = await WebPeople.Create(this);
    }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task<Guid> AdministratorId()
    {
        await using var session = _factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Query<DirectoryPerson>().SingleAsync(p => p.Email == WebPeople.AdministratorEmail)).Id;
    }

    /// <summary>A POST to the API as a person (the X-Demo-Person header); the created id when the answer has one.</summary>
    public async Task<Guid?> Post(Guid actingAs, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add(DemoPersonAuthentication.Header, actingAs.ToString());
        using var response = await _api.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST {url} → {(int)response.StatusCode}: {text}");
        if (string.IsNullOrEmpty(text)) return null;
        using var json = JsonDocument.Parse(text);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id) ? id.GetGuid() : null;
    }

    public async Task<Guid> Create(Guid actingAs, string url, object body) =>
        await Post(actingAs, url, body) ?? throw new InvalidOperationException($"POST {url} gaf geen id terug.");

    /// <summary>
    /// Appends a history straight to the store, as the host tests do: for a past too long to record through the API in
    /// a browser test's time (fifty-one programmes or decisions). The host writes no event without an actor, so the
    /// tests name one.
    /// </summary>
    public async Task AppendHistory(IEnumerable<(Guid StreamId, object Event)> events)
    {
        await using var session = _factory.Services.GetRequiredService<Governance.Host.Infrastructure.AttributedSessions>()
            .OpenSession(Actor.Application("test"), correlationId: "test");
        foreach (var stream in events.GroupBy(e => e.StreamId))
            session.Events.Append(stream.Key, stream.Select(e => e.Event).ToArray());
        await session.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        _api?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <param name="siteUrl">Where the site is served: e-mails link to pages there.</param>
    private sealed class Factory(string connectionString, NodaTime.IClock clock, string siteUrl) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Governance", connectionString);
            builder.UseSetting("Authentication:DevelopmentSignIn", "true");
            // Development loads the demo on the first start; the tests say themselves what their store holds.
            builder.UseSetting("Demo:LoadOnStart", "false");
            builder.UseSetting("Authentication:BootstrapAdministrator:Name", WebPeople.AdministratorName);
            builder.UseSetting("Authentication:BootstrapAdministrator:Email", WebPeople.AdministratorEmail);
            builder.UseSetting("Authentication:BootstrapAdministrator:Organisation", WebPeople.AdministratorOrganisation);
            // E-mail goes to a real SMTP server on loopback (tests that read mail start it); the tests sweep on demand.
            builder.UseSetting("Mail:Enabled", "true");
            builder.UseSetting("Mail:Host", "127.0.0.1");
            builder.UseSetting("Mail:Port", MailSink.Shared.Port.ToString());
            builder.UseSetting("Mail:Security", "None");
            builder.UseSetting("Notifications:SweepSeconds", "0");
            builder.UseSetting("Notifications:SiteUrl", siteUrl);
            builder.ConfigureServices(services =>
            {
                services.Replace(ServiceDescriptor.Singleton<NodaTime.IClock>(clock));
                services.MartenDaemonModeIsSolo();
                services.RunWolverineInSoloMode();
                services.DisableAllExternalWolverineTransports();
            });
        }
    }
}

[CollectionDefinition(nameof(WebCollection))]
public sealed class WebCollection : ICollectionFixture<WebApp>;
