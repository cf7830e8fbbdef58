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

/// <summary>Client helpers for decisions after logging and for reflection sessions.</summary>
public static class DecisionAndReflectionApi
{
    public static async Task<Guid> LogDecision(this IAlbaHost host, Guid programmeId, object body)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/decisions");
            s.StatusCodeShouldBe(201);
        });
        return (await result.Read<CreatedId>()).Id;
    }

    public static async Task<Guid> ScheduleReflectionSession(this IAlbaHost host, Guid programmeId, object? body = null)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body ?? ReflectionSamples.Session(), JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/reflection-sessions");
            s.StatusCodeShouldBe(201);
        });
        return (await result.Read<CreatedId>()).Id;
    }

    /// <summary>Posts a command and expects the given status; returns the answer for further checks.</summary>
    public static Task<IScenarioResult> PostCommand(this IAlbaHost host, string url, object body, int status) =>
        host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl(url);
            s.StatusCodeShouldBe(status);
        });
}

public static class ReflectionSamples
{
    public static Dictionary<string, object?> Session(string startsAt = "2026-05-12T14:00", string facilitator = "Anna de Vries") => new()
    {
        ["title"] = "Reflectie voorjaar",
        ["startsAt"] = startsAt,
        ["lengthMinutes"] = 120,
        ["location"] = "Stadhuis Utrecht, zaal 3",
        ["facilitator"] = facilitator,
        ["invitees"] = new[] { "Ministerie van VWS", "VNG" },
    };
}
