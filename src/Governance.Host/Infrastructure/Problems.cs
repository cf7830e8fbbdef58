using Governance.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Turns a refused command into RFC 9457 problem details with Dutch text a person can act on: 404 when it names
/// something the programme does not have, else 400 for bad input, else 409 for a rule.
/// </summary>
public static class Problems
{
    public static IResult ToProblem(this Outcome outcome)
    {
        if (outcome.Refusals.FirstOrDefault(r => r.Kind == RefusalKind.NotFound) is { } missing)
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: missing.Missing is { } what ? $"{what} niet gevonden." : "Niet gevonden.",
                detail: missing.Message,
                extensions: new Dictionary<string, object?> { ["rule"] = missing.Rule });

        var invalid = outcome.Refusals.Where(r => r.Kind == RefusalKind.InvalidInput).ToList();
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

        var rule = outcome.Refusals[0];
        return Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Dit kan nu niet.",
            detail: rule.Message,
            extensions: new Dictionary<string, object?> { ["rule"] = rule.Rule });
    }

    /// <summary>
    /// The route's programme, decision or session does not exist (or is another programme's): there is no state to
    /// ask the domain, so the host answers in the same shape as a domain refusal of kind NotFound.
    /// </summary>
    public static IResult NotFound(string what, Guid id) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: $"{what} niet gevonden.",
        detail: $"Er is geen {what.ToLowerInvariant()} met id {id}.");
}
