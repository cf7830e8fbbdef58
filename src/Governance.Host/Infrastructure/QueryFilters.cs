using NodaTime.Text;

namespace Governance.Host.Infrastructure;

/// <summary>Query-string filters as the API spells them: camelCase enum names and ISO dates; a bad one is a 400 naming it.</summary>
public static class QueryFilters
{
    public static T? Enum<T>(string? value, string field, string message, Dictionary<string, string[]> errors) where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (System.Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            && !int.TryParse(value, out _))
            return parsed;
        errors[field] = [message];
        return null;
    }

    public static NodaTime.LocalDate? Date(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (IsoDate.TryRead(value, out var date)) return date;
        errors[field] = [IsoDate.Message];
        return null;
    }

    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "De invoer is niet geldig.", detail: string.Join(" ", errors.Values.SelectMany(v => v)));
}
