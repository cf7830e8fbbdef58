using Governance.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Turns a refused command into RFC 9457 problem details with Dutch text a person can act on: 404 when it names
/// something the programme does not have, else 400 for bad input, else 409 for a rule.
/// </summary>
public static class Problems
{
    public static IResult ToProblem(this Outcome outcome) => ToProblem(outcome.Refusals);

    /// <param name="currentVersion">For a stale If-Match: the stream's current version, so the client can re-read.</param>
    public static IResult ToProblem(IReadOnlyList<Refusal> refusals, long? currentVersion = null)
    {
        if (refusals.FirstOrDefault(r => r.Kind == RefusalKind.NotFound) is { } missing)
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: missing.Missing is { } what ? $"{what} niet gevonden." : "Niet gevonden.",
                detail: missing.Message,
                extensions: missing.Field is { } field
                    ? new Dictionary<string, object?> { ["rule"] = missing.Rule, ["field"] = field }
                    : new Dictionary<string, object?> { ["rule"] = missing.Rule });

        var invalid = refusals.Where(r => r.Kind == RefusalKind.InvalidInput).ToList();
        if (invalid.Count > 0)
        {
            var errors = invalid
                .GroupBy(r => r.Field ?? "")
                .ToDictionary(g => g.Key, g => g.Select(r => r.Message).ToArray());
            return Results.ValidationProblem(errors,
                title: "De invoer is niet geldig.",
                detail: string.Join(" ", invalid.Select(r => r.Message)),
                extensions: new Dictionary<string, object?> { ["rules"] = invalid.Select(r => r.Rule).ToArray() });
        }

        var rule = refusals[0];
        var extensions = new Dictionary<string, object?> { ["rule"] = rule.Rule };
        if (currentVersion is { } current) extensions["currentVersion"] = current;
        return Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Dit kan nu niet.",
            detail: rule.Message,
            extensions: extensions);
    }

    /// <summary>The route names something that does not exist (see <see cref="Handled.Missing"/>): 404.</summary>
    public static IResult NotFound(string what, Guid id) => ToProblem([Handled.Missing(what, id)]);

    /// <summary>The item found (200), or the 404 naming what was looked for.</summary>
    public static IResult Found<T>(T? item, string what, Guid id) where T : class => item is null ? NotFound(what, id) : Results.Ok(item);
}
