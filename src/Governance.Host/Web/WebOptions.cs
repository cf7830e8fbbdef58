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

    /// <summary>The toegankelijkheidsverklaring linked from every page's footer (Web:AccessibilityStatement:Address, :Text).</summary>
    public FooterPage AccessibilityStatement { get; set; } = new();

    /// <summary>The privacy statement linked from every page's footer (Web:Privacy:Address, :Text).</summary>
    public FooterPage Privacy { get; set; } = new();

    /// <summary>How to reach the people who run this installation (Web:Contact:Address, :Text).</summary>
    public FooterPage Contact { get; set; } = new();

    /// <summary>The footer's links, in the order Dutch government sites show them.</summary>
    public IReadOnlyList<FooterLink> FooterPages() =>
    [
        new("toegankelijkheid", "Toegankelijkheidsverklaring", AccessibilityStatement, FooterTexts.AccessibilityStatement),
        new("privacy", "Privacy", Privacy, FooterTexts.Privacy),
        new("contact", "Contact", Contact, FooterTexts.Contact),
    ];

    [GeneratedRegex("^[a-z0-9-]+$")]
    public static partial Regex ThemeName();
}

/// <summary>
/// A page the footer links to: an address elsewhere (such as the organisation's entry in the register of
/// toegankelijkheidsverklaringen), or else our own page with its text. Paragraphs are separated by a blank line.
/// </summary>
public sealed class FooterPage
{
    public string? Address { get; set; }
    public string? Text { get; set; }
}

/// <summary>One footer link: to the configured address, or to /{Slug} which shows the configured or default text.</summary>
public sealed record FooterLink(string Slug, string Title, FooterPage Page, string DefaultText)
{
    public string Href => string.IsNullOrWhiteSpace(Page.Address) ? "/" + Slug : Page.Address.Trim();

    public IReadOnlyList<string> Paragraphs =>
        (string.IsNullOrWhiteSpace(Page.Text) ? DefaultText : Page.Text)
        .Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>The default texts of the footer pages, in plain Dutch; a deployment replaces them with its own.</summary>
public static class FooterTexts
{
    public const string AccessibilityStatement = """
        Iedereen moet deze toepassing kunnen gebruiken, ook met een schermlezer, alleen met het toetsenbord of op een klein scherm.

        De pagina's volgen de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA en zijn gemaakt met de componenten van het NL Design System. Bij elke wijziging controleren automatische tests elke pagina met axe, en op een scherm van 320 pixels breed.

        Een automatische test vindt niet alles. Werkt iets niet voor u? Laat het ons weten via de pagina Contact.

        De organisatie die deze toepassing aanbiedt, heeft nog geen eigen toegankelijkheidsverklaring in het register op toegankelijkheidsverklaring.nl gezet.
        """;

    public const string Privacy = """
        Om u toegang te geven bewaart deze toepassing uw naam, uw e-mailadres en uw organisatie. Die gegevens zet de beheerder in het register van de toepassing.

        Wat u vastlegt, zoals een besluit of een standpunt, wordt bewaard met uw naam en het moment. Zo is later na te gaan wie wat deed. Alleen de leden van een programma zien de gegevens van dat programma. Vertrouwelijke notities van een reflectiesessie zien alleen de begeleider en de aanwezigen.

        U krijgt e-mail over wat u aangaat, zoals een uitnodiging voor een sessie of een besluit dat herbeoordeeld moet worden. In Meldingen kiest u welke e-mail u wilt krijgen.

        De toepassing gebruikt alleen cookies die nodig zijn om u aangemeld te houden en formulieren te beveiligen. Er zijn geen cookies om u te volgen. Gegevens gaan niet naar anderen.

        Wilt u weten welke gegevens over u bewaard worden, of wilt u iets laten verbeteren? Neem contact op via de pagina Contact.
        """;

    public const string Contact = """
        Heeft u een vraag over deze toepassing, over uw toegang of over uw gegevens? Neem contact op met de functioneel beheerder van uw organisatie.

        Gaat uw vraag over een programma, bijvoorbeeld over een besluit of een sessie? Neem dan contact op met de programmadirecteur of de procesbegeleider van dat programma.
        """;
}
