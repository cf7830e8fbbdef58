namespace Governance.Domain.Common;

/// <summary>
/// Collects input refusals for one command so a person sees every faulty field at once, not one per attempt.
/// </summary>
public sealed class Check
{
    private readonly List<Refusal> _refusals = [];

    public IReadOnlyList<Refusal> Refusals => _refusals;
    public bool Failed => _refusals.Count > 0;

    public Check Required(string field, string? value, string label, int maxLength = TextLimits.Short)
    {
        if (string.IsNullOrWhiteSpace(value))
            _refusals.Add(Refusal.Invalid(field, "input.required", $"{label} is verplicht."));
        else if (value.Length > maxLength)
            _refusals.Add(Refusal.Invalid(field, "input.too-long", $"{label} mag hoogstens {maxLength} tekens lang zijn."));
        return this;
    }

    public Check Required<T>(string field, T? value, string label) where T : struct
    {
        if (value is null)
            _refusals.Add(Refusal.Invalid(field, "input.required", $"{label} is verplicht."));
        return this;
    }

    public Check Optional(string field, string? value, string label, int maxLength = TextLimits.Long)
    {
        if (value is not null && value.Length > maxLength)
            _refusals.Add(Refusal.Invalid(field, "input.too-long", $"{label} mag hoogstens {maxLength} tekens lang zijn."));
        return this;
    }

    public Check That(bool condition, string field, string rule, string message)
    {
        if (!condition) _refusals.Add(Refusal.Invalid(field, rule, message));
        return this;
    }

    public Outcome Then(Func<Outcome> accept) => Failed ? Outcome.Refuse(_refusals) : accept();
}

/// <summary>Documented length limits for text fields (docs/domain-rules.md).</summary>
public static class TextLimits
{
    public const int Short = 200;
    public const int Long = 4000;
}
