namespace Governance.Domain.Common;

public static class Text
{
    /// <summary>An optional text as stored: trimmed, and null when blank.</summary>
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
