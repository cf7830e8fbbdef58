using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Governance.Domain.Decisions;

namespace Governance.Bench;

/// <summary>Real HTTP to the host, signed in as a person with the development sign-in header (X-Demo-Person).</summary>
public sealed class Api(Uri address) : IDisposable
{
    public const string PersonHeader = "X-Demo-Person";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>Logs a decision as the person; the new decision's id.</summary>
    public async Task<Guid> LogDecisionAsync(Guid person, Guid programmeId, LogDecision command)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/programmes/{programmeId}/decisions")
        {
            Content = JsonContent.Create(new
            {
                command.Title,
                command.Context,
                Options = command.Options!.Select(o => new { o.Name, o.Pros, o.Cons }),
                command.ChosenOption,
                command.Rationale,
                DecidedBy = new { command.DecidedBy!.BodyId },
                DecidedOn = command.DecidedOn!.Value.ToString("yyyy-MM-dd", null),
                command.ExpectedEffect,
                ReviewOn = command.ReviewOn!.Value.ToString("yyyy-MM-dd", null),
            }, options: Json),
        };
        request.Headers.Add(PersonHeader, person.ToString());
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"POST decision → {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>GET as the person; the body, read completely (the client's time includes the whole answer).</summary>
    public async Task<string> GetAsync(Guid person, string url) => (await GetWithTimingAsync(person, url)).Body;

    /// <summary>GET as the person; the body and the steps the host reports in its Server-Timing header, if any.</summary>
    public async Task<(string Body, IReadOnlyList<(string Step, double Ms)> ServerTiming)> GetWithTimingAsync(Guid person, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(PersonHeader, person.ToString());
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url} → {(int)response.StatusCode}: {body}");
        var steps = response.Headers.TryGetValues("Server-Timing", out var values)
            ? values.SelectMany(v => v.Split(',')).Select(Step).ToList()
            : [];
        return (body, steps);
    }

    /// <summary>One Server-Timing entry, "name;dur=12.3".</summary>
    private static (string, double) Step(string entry)
    {
        var parts = entry.Trim().Split(';');
        var duration = parts.Skip(1).Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("dur=", StringComparison.Ordinal));
        return (parts[0], duration is null ? double.NaN : double.Parse(duration[4..], System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => _http.Dispose();
}
