namespace Governance.Domain.Common;

/// <summary>
/// Collects input refusals for one command so a person sees every faulty field at once, not one per attempt. The
/// messages say what to do ("Vul de titel in.", "Maak de titel korter: maximaal 200 tekens."), in B1 Dutch.
/// </summary>
public sealed class Check
{
    private readonly List<Refusal> _refusals = [];

    public IReadOnlyList<Refusal> Refusals => _refusals;
    public bool Failed => _refusals.Count > 0;

    public Check Required(string field, string? value, string label, int maxLength = TextLimits.Short)
    {
        if (string.IsNullOrWhiteSpace(value))
            _refusals.Add(Refusal.Invalid(field, "input.required", $"Vul {Lower(label)} in."));
        else if (value.Length > maxLength)
            _refusals.Add(TooLong(field, label, maxLength));
        return this;
    }

    public Check Required<T>(string field, T? value, string label) where T : struct
    {
        // A date or number is filled in; an id is chosen (a partner, a person, a body).
        if (value is null)
            _refusals.Add(Refusal.Invalid(field, "input.required", typeof(T) == typeof(Guid) ? $"Kies {Lower(label)}." : $"Vul {Lower(label)} in."));
        return this;
    }

    public Check Optional(string field, string? value, string label, int maxLength = TextLimits.Long)
    {
        if (value is not null && value.Length > maxLength)
            _refusals.Add(TooLong(field, label, maxLength));
        return this;
    }

    public Check That(bool condition, string field, string rule, string message)
    {
        if (!condition) _refusals.Add(Refusal.Invalid(field, rule, message));
        return this;
    }

    private static Refusal TooLong(string field, string label, int maxLength) =>
        Refusal.Invalid(field, "input.too-long", $"Maak {Lower(label)} korter: maximaal {maxLength.ToString("N0", Dutch)} tekens.");

    /// <summary>"De titel" in the middle of a sentence: "de titel" (a name such as "Woo-grond" keeps its capital).</summary>
    private static string Lower(string label) =>
        label.StartsWith("De ", StringComparison.Ordinal) || label.StartsWith("Het ", StringComparison.Ordinal) || label.StartsWith("Een ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(label[0]) + label[1..]
            : label;

    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    public Outcome Then(Func<Outcome> accept) => Failed ? Outcome.Refuse(_refusals) : accept();
}

/// <summary>Documented length limits for text fields (docs/domain-rules.md).</summary>
public static class TextLimits
{
    public const int Short = 200;
    public const int Long = 4000;
}
