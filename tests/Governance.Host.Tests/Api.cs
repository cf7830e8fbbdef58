using System.Text.Json;
using Alba;
using Governance.Host.Programmes;

namespace Governance.Host.Tests;

/// <summary>Small helpers to speak the API as a client would, reading answers with the API's own JSON settings.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Governance.Host.Infrastructure.Api.ConfigureJson(options);
        return options;
    }

    public static async Task<T> Read<T>(this IScenarioResult result) =>
        JsonSerializer.Deserialize<T>(await result.ReadAsTextAsync(), Json)
        ?? throw new InvalidOperationException("Empty response body");

    public static async Task<JsonElement> ReadJson(this IScenarioResult result) =>
        JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement;

    public static async Task<Guid> AddPartner(this IAlbaHost host, Guid programmeId, object? body = null)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body ?? Samples.Partner(), JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/partners");
            s.StatusCodeShouldBe(201);
        });
        return (await result.Read<CreatedId>()).Id;
    }

    public static async Task<Guid> RegisterProgramme(this IAlbaHost host, object? body = null)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body ?? Samples.Programme(), JsonStyle.MinimalApi).ToUrl("/api/programmes");
            s.StatusCodeShouldBe(201);
        });
        return (await result.Read<CreatedId>()).Id;
    }
    /// <summary>Health: appends a history directly to the store, for capabilities whose commands are not on this branch.</summary>
    public static async Task AppendHistory(this IAlbaHost host, params (Guid StreamId, object Event)[] events)
    {
        await using var session = Marten.HostExtensions.DocumentStore(host).LightweightSession();
        foreach (var stream in events.GroupBy(e => e.StreamId))
            session.Events.Append(stream.Key, stream.Select(e => e.Event).ToArray());
        await session.SaveChangesAsync();
    }

    /// <summary>Health: the ten indicators of a programme, now or as of a date.</summary>
    public static async Task<JsonElement> GetHealth(this IAlbaHost host, Guid programmeId, string? asOf = null)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url($"/api/programmes/{programmeId}/health" + (asOf is null ? "" : $"?asOf={Uri.EscapeDataString(asOf)}"));
            s.StatusCodeShouldBe(200);
        });
        return await result.ReadJson();
    }

    /// <summary>Health: the status of recommendation <paramref name="number"/> in a health answer.</summary>
    public static string IndicatorStatus(this JsonElement health, int number) =>
        health.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("number").GetInt32() == number).GetProperty("status").GetString()!;
}

/// <summary>Request bodies as a client sends them: plain JSON with ISO dates.</summary>
public static class Samples
{
    public static Dictionary<string, object?> Programme() => new()
    {
        ["name"] = "Geweld hoort nergens thuis",
        ["opgave"] = "Huiselijk geweld en kindermishandeling eerder stoppen en duurzaam oplossen",
        ["opdrachtgeverOrganisation"] = "Ministerie van VWS",
        ["startDate"] = "2018-04-01",
        ["plannedEndDate"] = "2021-12-31",
    };

    public static Dictionary<string, object?> Partner(string name = "Ministerie van VWS", string role = "opdrachtgever") => new()
    {
        ["organisationName"] = name,
        ["layer"] = "rijk",
        ["role"] = role,
        ["joinedOn"] = "2018-04-01",
    };

    public static Dictionary<string, object?> Decision(Guid decidedByPartnerId) => new()
    {
        ["decidedBy"] = new Dictionary<string, object?> { ["partnerId"] = decidedByPartnerId },
        ["title"] = "Focus op de aanpak in de regio",
        ["context"] = "De Taskforce Kindermishandeling is in 2018 gestopt.",
        ["chosenOption"] = "Regionale projectleiders via een subsidieregeling",
        ["rationale"] = "De aanpak moet in de regio landen, niet primair nieuw beleid.",
        ["decidedOn"] = "2019-03-11",
    };
}
