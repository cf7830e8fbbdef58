using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Scalar.AspNetCore;
using Serilog;
using Wolverine.Http;

namespace Governance.Host.Infrastructure;

public static class Api
{
    public static WebApplicationBuilder AddGovernanceApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        // The pages bring MVC, whose JSON options test clients (and any MVC formatter) read: one wire format for both.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => ConfigureJson(o.JsonSerializerOptions));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = DutchFrameworkTitles);
        // Tried in this order: an unreachable database first (503), a programme busy beyond the lock wait (503),
        // then a lost optimistic-concurrency race (409).
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddExceptionHandler<LockTimeoutHandler>();
        builder.Services.AddExceptionHandler<ConcurrencyConflicts>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Programmagovernance API";
            doc.Info.Description = "Besluiten, partners, reflectie en gezondheidsindicatoren van interbestuurlijke programma's.";
            return Task.CompletedTask;
        }).AddOperationTransformer<OpenApiProblems>().AddOperationTransformer<OpenApiQueryParameters>()
            .AddSchemaTransformer<OpenApiTextLimits>().AddDocumentTransformer<OpenApiContract>());
        builder.Services.AddWolverineHttp();
        // The portfolio's memory of evaluations that still hold (Health/PortfolioStatuses.cs).
        builder.Services.AddSingleton<Governance.Host.Health.PortfolioStatuses>();
        builder.Services.AddSingleton<Governance.Host.Health.HealthHistories>();
        builder.Services.AddSingleton<Governance.Host.Health.ProgrammeHealthReads>();
        return builder;
    }

    /// <summary>
    /// Problems the framework writes itself (no route: 404, a wrong method: 405, a body that is not JSON: 415, a bug:
    /// 500) come with an English default title; the API speaks Dutch in every problem. Titles the API set stay.
    /// </summary>
    private static void DutchFrameworkTitles(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var english = problem.Title is null || problem.Title == Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)
                      || problem.Title == "An error occurred while processing your request.";
        if (!english) return;
        problem.Title = status switch
        {
            StatusCodes.Status400BadRequest => "De invoer is niet geldig.",
            StatusCodes.Status401Unauthorized => "Niet aangemeld.",
            StatusCodes.Status403Forbidden => "Onvoldoende rechten.",
            StatusCodes.Status404NotFound => "Niet gevonden.",
            StatusCodes.Status405MethodNotAllowed => "Deze methode kan hier niet.",
            StatusCodes.Status406NotAcceptable => "Dit formaat kan niet worden geleverd.",
            StatusCodes.Status409Conflict => "Dit kan nu niet.",
            StatusCodes.Status415UnsupportedMediaType => "De inhoud moet JSON zijn (Content-Type: application/json).",
            StatusCodes.Status422UnprocessableEntity => "Dit verzoek kan niet worden verwerkt.",
            StatusCodes.Status503ServiceUnavailable => "De dienst is even niet beschikbaar.",
            >= 500 => "Er ging iets mis aan onze kant.",
            _ => problem.Title,
        };
    }

    /// <summary>camelCase, enums as strings, NodaTime values as ISO-8601: one wire format for the whole API.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    }

    /// <summary>An enum value as the API spells it in JSON (camelCase), for exports that are not JSON.</summary>
    public static string EnumName<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static WebApplication UseGovernanceErrors(this WebApplication app)
    {
        // Outermost, so the request log sees the status the client got (a 503 for an outage, not the exception's 500).
        app.UseSerilogRequestLogging(o => o.GetLevel = (http, _, exception) =>
            // A 503 is the database being away (already logged once as a warning), not a bug: keep Error for 5xx bugs.
            exception is not null || (http.Response.StatusCode >= 500 && http.Response.StatusCode != StatusCodes.Status503ServiceUnavailable)
                ? Serilog.Events.LogEventLevel.Error
                : http.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Warning : Serilog.Events.LogEventLevel.Information);
        // Any unexpected exception becomes a bare 500 problem details: never a stack trace on the wire.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDatabaseStartGate();
        return app;
    }

    public static WebApplication MapGovernanceApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("Programmagovernance API")).AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();

        app.MapWolverineEndpoints(opts =>
        {
            opts.MapConcurrencyFailuresToConflict();
        });
        return app;
    }
}
