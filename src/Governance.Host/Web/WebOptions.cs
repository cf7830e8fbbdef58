using System.Text.RegularExpressions;

namespace Governance.Host.Web;

/// <summary>The "Web" configuration section (docs/web.md "The look").</summary>
public sealed partial class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// The theme: the design tokens the NL Design System components are styled with. "neutraal" (our own, the default)
    /// lives in wwwroot/themes; others, such as an organisation's house style, in wwwroot/themes or wwwroot/lib/themes.
    /// </summary>
    public string Theme { get; set; } = "neutraal";

    [GeneratedRegex("^[a-z0-9-]+$")]
    public static partial Regex ThemeName();
}
