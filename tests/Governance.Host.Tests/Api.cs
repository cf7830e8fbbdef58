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

    /// <summary>POSTs a JSON body and checks the status; <paramref name="ifMatch"/> is sent as If-Match when given.</summary>
    public static Task<IScenarioResult> PostJson(this IAlbaHost host, string url, object body, int status, string? ifMatch = null) =>
        host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl(url);
            if (ifMatch is not null) s.WithRequestHeader("If-Match", ifMatch);
            s.StatusCodeShouldBe(status);
        });

    /// <summary>
    /// The administrator registers a programme and appoints its opdrachtgever, director, delegate, facilitator,
    /// lived-experience expert and reader; the requests after it are made as the director.
    /// </summary>
    public static async Task<Guid> RegisterProgramme(this AppFixture app, People people, object? body = null)
    {
        app.ActingAs = people.Administrator;
        var programmeId = await app.Host.Create("/api/programmes", body ?? Samples.Programme());
        await app.Assign(programmeId, people.Opdrachtgever, "opdrachtgever");
        await app.Assign(programmeId, people.Director, "programmadirecteur");
        await app.Assign(programmeId, people.Delegate, "gedelegeerde");
        await app.Assign(programmeId, people.Facilitator, "procesbegeleider");
        await app.Assign(programmeId, people.LivedExperience, "ervaringsdeskundige");
        await app.Assign(programmeId, people.Reader, "meelezer");
        app.ActingAs = people.Director;
        return programmeId;
    }

    /// <summary>
    /// Registers a spokesperson for a partner organisation of the programme (a member in the role partner, acting
    /// for it) and makes the next requests as that person: only they may record that partner's positions.
    /// </summary>
    public static async Task<Guid> SpeakFor(this AppFixture app, People people, Guid programmeId, Guid partnerId)
    {
        app.ActingAs = people.Administrator;
        var organisations = await app.Host.GetAsJson<System.Text.Json.JsonElement>("/api/organisations");
        var organisationId = organisations.EnumerateArray().First().GetProperty("id").GetGuid();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var personId = await app.Host.Create("/api/people", new { name = $"Woordvoerder {suffix}", email = $"woordvoerder-{suffix}@partner.test", organisationId });
        await app.Assign(programmeId, personId, "partner", partnerId);
        app.ActingAs = personId;
        return personId;
    }

    public static async Task Assign(this AppFixture app, Guid programmeId, Guid personId, string role, Guid? partnerId = null)
    {
        await app.Host.Scenario(s =>
        {
            s.Post.Json(new { personId, role, partnerId }, JsonStyle.MinimalApi).ToUrl($"/api/programmes/{programmeId}/members");
            s.StatusCodeShouldBe(204);
        });
    }
    /// <summary>A session for appending events directly: the host writes no event without an actor, so the tests name one.</summary>
    public static Marten.IDocumentSession SessionActingAsTheTests(this IAlbaHost host) =>
        ((Governance.Host.Infrastructure.AttributedSessions)host.Services.GetService(typeof(Governance.Host.Infrastructure.AttributedSessions))!)
            .OpenSession(Governance.Host.Access.Actor.Application("test"), correlationId: "test");

    /// <summary>Health: appends a history directly to the store, for capabilities whose commands are not on this branch.</summary>
    public static async Task AppendHistory(this IAlbaHost host, params (Guid StreamId, object Event)[] events)
    {
        await using var session = host.SessionActingAsTheTests();
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

/// <summary>Client helpers for governance bodies, resources, tensions and care.</summary>
public static class BodiesApi
{
    /// <summary>POSTs JSON to a url and checks the status code; the answer is returned for further reading.</summary>
    public static Task<IScenarioResult> PostTo(this IAlbaHost host, string url, object body, int status) =>
        host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl(url);
            s.StatusCodeShouldBe(status);
        });

    public static async Task<Guid> EstablishBody(this IAlbaHost host, Guid programmeId, object? body = null) =>
        (await (await host.PostTo($"/api/programmes/{programmeId}/bodies", body ?? BodySamples.Body(), 201)).Read<CreatedId>()).Id;

    public static Task AddBodyMember(this IAlbaHost host, Guid programmeId, Guid bodyId, Guid partnerId) =>
        host.PostTo($"/api/programmes/{programmeId}/bodies/{bodyId}/members", new { partnerId }, 201);

    public static async Task<Guid> RaiseTension(this IAlbaHost host, Guid programmeId) =>
        (await (await host.PostTo($"/api/programmes/{programmeId}/tensions", BodySamples.Tension(), 201)).Read<CreatedId>()).Id;

    public static async Task<Guid> AddTeamMember(this IAlbaHost host, Guid programmeId, object? body = null) =>
        (await (await host.PostTo($"/api/programmes/{programmeId}/team-members", body ?? BodySamples.TeamMember(), 201)).Read<CreatedId>()).Id;

    /// <summary>Ends a programme by appending the event itself: ending has its own use case elsewhere.</summary>
    public static async Task EndProgramme(this IAlbaHost host, Guid programmeId)
    {
        await using var session = host.SessionActingAsTheTests();
        session.Events.Append(programmeId, new Governance.Domain.Programmes.ProgrammeEnded(programmeId,
            new NodaTime.LocalDate(2021, 12, 31), "Afgerond", NodaTime.Instant.FromUtc(2022, 1, 1, 0, 0)));
        await session.SaveChangesAsync();
    }

    public static async Task<string?> Rule(this IScenarioResult result) =>
        (await result.ReadJson()).GetProperty("rule").GetString();

    public static async Task<bool> NamesField(this IScenarioResult result, string field) =>
        (await result.ReadJson()).GetProperty("errors").TryGetProperty(field, out _);
}

public static class BodySamples
{
    public static Dictionary<string, object?> Body(string name = "Opdrachtgeversoverleg") => new()
    {
        ["name"] = name,
        ["kind"] = "opdrachtgeversberaad",
        ["purpose"] = "Gezamenlijke sturing op de aanpak in de regio",
        ["meetingsPerYear"] = 6,
        ["aspects"] = new[] { "beleidsmatig", "financieel" },
    };

    public static Dictionary<string, object?> Tension() => new()
    {
        ["subject"] = "Subsidieregeling",
        ["description"] = "De regels van de regeling botsen met wat de regio's nodig hebben",
        ["raisedBy"] = "Programmadirecteur",
        ["raisedOn"] = "2019-04-01",
    };

    public static Dictionary<string, object?> TeamMember(string name = "Femke de Vries", decimal fte = 1.0m) => new()
    {
        ["name"] = name,
        ["role"] = "Programmadirecteur",
        ["competences"] = new[] { "veranderkundig", "kennis van de problematiek" },
        ["fte"] = fte,
    };

    public static Dictionary<string, object?> Funding(Guid partnerId) => new()
    {
        ["committedByPartnerId"] = partnerId,
        ["amountEuro"] = 2_500_000m,
        ["from"] = "2019-01-01",
        ["until"] = "2021-12-31",
        ["kind"] = "tijdelijk",
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
