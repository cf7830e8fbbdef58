using System.Globalization;
using System.Reflection;

namespace Governance.Host.Infrastructure;

/// <summary>
/// Query parameters of an API endpoint that its method takes as a typed value (an id, a yes/no, a number) are
/// checked before the endpoint runs: Wolverine would otherwise read <c>partnerId=abc</c> as "no filter" and answer
/// the unfiltered list, silently wrong for a client. A value that does not parse is a 400 naming the parameter.
/// <c>asOf</c> on an endpoint that cannot answer as of a moment is refused too, rather than ignored.
/// </summary>
public sealed class QueryParameters(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<Wolverine.Http.HttpChain>()?.Method.Method is { } method && http.Request.Path.StartsWithSegments("/api")
            && FirstError(method, http) is var (field, message))
        {
            await QueryFilters.Invalid(new Dictionary<string, string[]> { [field] = [message] }).ExecuteAsync(http);
            return;
        }
        await next(http);
    }

    private static (string Field, string Message)? FirstError(MethodInfo method, HttpContext http)
    {
        var parameters = method.GetParameters().Where(p => p.Name is not null && !http.Request.RouteValues.ContainsKey(p.Name))
            .ToDictionary(p => p.Name!, p => Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in http.Request.Query)
        {
            if (!parameters.TryGetValue(key, out var type))
            {
                if (key.Equals("asOf", StringComparison.OrdinalIgnoreCase))
                    return ("asOf", "asOf kan hier niet: dit antwoord is er alleen zoals het nu is.");
                continue;
            }
            if (values.Count > 1 && type != typeof(string)) return (key, $"{key} mag één keer voorkomen.");
            var value = values.ToString().Trim();
            if (value.Length == 0) continue;
            if (type == typeof(Guid) && !Guid.TryParse(value, out _))
                return (key, $"{key} is geen geldig id (een GUID zoals 3f2c…-…).");
            if (type == typeof(bool) && !bool.TryParse(value, out _))
                return (key, $"{key} is true of false.");
            if (type == typeof(int) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                return (key, $"{key} is een geheel getal.");
        }
        return null;
    }
}
