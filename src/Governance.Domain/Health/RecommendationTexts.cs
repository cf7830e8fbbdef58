namespace Governance.Domain.Health;

/// <summary>A recommendation in its own words: title, a short quote with its line, and a question to discuss.</summary>
public sealed record RecommendationText(Recommendation Recommendation, string Title, string Quote, string Source, string Question);

/// <summary>
/// The ten recommendations of "Lessen die je raken" (seed 004, l. 935–2226), quoted verbatim with their line numbers
/// in publication 004 (docs/references.md). Questions are the source's own where it asks one; otherwise marked.
/// </summary>
public static class RecommendationTexts
{
    public static readonly IReadOnlyList<RecommendationText> All =
    [
        new(Recommendation.StartGericht, "Start gericht",
            "Maak inrichtingskeuzes bewust, expliciet en bij de start.", "004 l. 951–953",
            "Waar zit het onvermogen (van de bestaande organisaties) en hoe kan dat worden aangepakt? (004 l. 963–965)"),
        new(Recommendation.VerbindOpgaveEnSpelers, "Verbind opgave en spelers",
            "Investeer daarbij in het formuleren van een gezamenlijk startpunt: wat is de feitelijke opgave, wat is voor deze opgave de ambitie en welke acties horen daarbij.",
            "004 l. 985–991",
            "Wat moet een nieuw programma precies voor elkaar krijgen dat anders niet lukt? Wat zijn de kaders, en waar zit de ruimte? (004 l. 997–1001)"),
        new(Recommendation.HandelDaarWaarNodig, "Handel daar waar nodig",
            "Het zwaartepunt van de aanpak van een complexe maatschappelijke opgave moet daar liggen waar het verschil vooral wordt gemaakt.",
            "004 l. 1050–1054",
            "Zijn er impulsen nodig om de uitvoering in het land te verbeteren of is er ander beleid vanuit Den Haag nodig? (004 l. 1054–1058)"),
        new(Recommendation.OrganiseerPassendeMiddelen, "Organiseer passende middelen",
            "De financiering van een programma moet aansluiten bij de aard van de opgave. Bij structurele problemen kan niet zonder meer volstaan worden met middelen van een té tijdelijke aard.",
            "004 l. 1088–1094",
            "Doet de financiering recht aan de tijd die nodig is om daadwerkelijk verbetering te realiseren én structureel te bestendigen? (naar 004 l. 1094–1098)"),
        new(Recommendation.CreeerDoorzettingskracht, "Creëer doorzettingskracht",
            "Een effectief programma vergt opdrachtgevers die (gezamenlijk) gezag en doorzettingsmacht hebben op alle relevante aspecten van de opgave.",
            "004 l. 1130–1134",
            "Op welke aspecten van de opgave hebben de opdrachtgevers samen geen doorzettingsmacht, en waar is die dan georganiseerd? (onze vraag, naar 004 l. 1913–1915)"),
        new(Recommendation.MaakVerbindingenPersoonlijk, "Maak verbindingen persoonlijk",
            "Investeer in persoonlijke verbindingen en het onderling vertrouwen tussen alle partijen", "004 l. 1205–1207",
            "Wat betekent het vraagstuk voor jou, wat wil je bereiken en wat vind je lastig? (004 l. 1977–1978)"),
        new(Recommendation.BlijfDeMensZien, "Blijf de mens zien",
            "Dus om de leefwereld een plek te geven in de systeemwereld, door ervaringsdeskundigen of andere burgers met hun praktijkverhalen structureel aan tafel uit te nodigen.",
            "004 l. 1307–1313",
            "Op welke manier draagt het gesprek dat we nu voeren bij aan wat mensen nodig hebben? (004 l. 2068–2070)"),
        new(Recommendation.BenutSpanningEnOngemak, "Benut spanning en ongemak",
            "Regelmatig de ‘stoom van de ketel halen’ en ook ruimte nemen om successen te vieren is daarom van groot belang.",
            "004 l. 1367–1371",
            "Wat maakt het eigenlijk logisch dat die spanning er is, en wat is er dan nu nodig? (004 l. 2113–2115)"),
        new(Recommendation.OrganiseerReflectie, "Organiseer reflectie",
            "De samenwerking is gebaat bij regelmatige momenten van reflectie", "004 l. 1397–1399",
            "Heeft ons werk voldoende impact op de opgave (of moet het anders)? (004 l. 1399–1401)"),
        new(Recommendation.StopGericht, "Stop gericht",
            "Al bij de start van het programma moet bedacht zijn hoe de borging eruit zal zien en wie daarna waarvoor verantwoordelijk zal zijn.",
            "004 l. 1463–1467",
            "Kan het programma daadwerkelijk beëindigd worden of is er een aanleiding om het, al dan niet in gewijzigde vorm, voort te zetten? (004 l. 1439–1443)"),
    ];

    public static RecommendationText For(Recommendation recommendation) => All[(int)recommendation - 1];
}
