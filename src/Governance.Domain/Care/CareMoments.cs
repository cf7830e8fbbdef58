using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Care;

/// <summary>
/// How the people in the programme are doing: "Bewaak, naast de inhoudelijke voortgang, ook de vitaliteit van de
/// opdrachtnemer, zijn team en de deelnemende organisaties" (004 l. 1555–1560).
/// </summary>
public sealed record RecordVitalityCheck(LocalDate? HeldOn, string Summary)
{
    public static Outcome Decide(Programme programme, RecordVitalityCheck command, Instant now)
    {
        var input = new Check()
            .Required("heldOn", command.HeldOn, "De datum")
            .Required("summary", command.Summary, "De samenvatting", TextLimits.Long);
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new VitalityCheckHeld(programme.Id, command.HeldOn!.Value, command.Summary.Trim(), now));
    }
}

/// <summary>"ruimte nemen om successen te vieren is daarom van groot belang" (004 l. 2102–2103).</summary>
public sealed record CelebrateSuccess(string What, LocalDate? CelebratedOn)
{
    public static Outcome Decide(Programme programme, CelebrateSuccess command, Instant now)
    {
        var input = new Check()
            .Required("what", command.What, "Wat er gevierd werd", TextLimits.Long)
            .Required("celebratedOn", command.CelebratedOn, "De datum");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new SuccessCelebrated(programme.Id, command.What.Trim(), command.CelebratedOn!.Value, now));
    }
}

/// <summary>
/// Rec. 6 "Maak verbindingen persoonlijk": only <em>that</em> a personal contact with a partner happened, and when.
/// The command has no field for what was said, so the content of a personal conversation can never be stored.
/// </summary>
public sealed record RecordPersonalConnection(Guid? PartnerId, LocalDate? On)
{
    public static Outcome Decide(Programme programme, RecordPersonalConnection command, Instant now)
    {
        var input = new Check()
            .Required("partnerId", command.PartnerId, "De partner")
            .Required("on", command.On, "De datum");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);
        if (!programme.HasActivePartner(command.PartnerId!.Value))
            return Outcome.Refuse(Refusal.Violates("care.connection-with-active-partner",
                "Kies een partner die (nog) deelneemt aan dit programma."));

        return Outcome.Accept(new PersonalConnectionMade(programme.Id, command.PartnerId!.Value, command.On!.Value, now));
    }
}

/// <summary>
/// Rec. 7: lived experience had a place at the table (004 l. 1307–1313: "ervaringsdeskundigen of andere burgers met
/// hun praktijkverhalen structureel aan tafel"). The programme deals with victims and perpetrators of domestic
/// violence: it stores no personal data of citizens, so a contributor is known only by a pseudonym, and a pseudonym
/// that looks like an e-mail address or a phone or citizen service number is refused.
/// </summary>
public sealed record RecordLivedExperience(string ContributorPseudonym, string Perspective, string Where, LocalDate? On)
{
    /// <summary>Six or more digits in a row look like a phone number or a BSN.</summary>
    public const int MaxDigitsInARow = 5;

    public static Outcome Decide(Programme programme, RecordLivedExperience command, Instant now)
    {
        var input = new Check()
            .Required("contributorPseudonym", command.ContributorPseudonym, "Het pseudoniem van de ervaringsdeskundige", 100)
            .That(command.ContributorPseudonym is null || LooksLikeAPseudonym(command.ContributorPseudonym), "contributorPseudonym",
                "care.pseudonym-only", "Gebruik een pseudoniem: geen e-mailadres, telefoonnummer of BSN.")
            .Required("perspective", command.Perspective, "Het perspectief (bijvoorbeeld slachtoffer, pleger, ouder)")
            .Required("where", command.Where, "Waar de ervaring is ingebracht")
            .Required("on", command.On, "De datum");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        return Outcome.Accept(new LivedExperienceContributed(programme.Id, command.ContributorPseudonym!.Trim(),
            command.Perspective.Trim(), command.Where.Trim(), command.On!.Value, now));
    }

    internal static bool LooksLikeAPseudonym(string text)
    {
        if (text.Contains('@')) return false;
        var digitsInARow = 0;
        foreach (var c in text)
        {
            digitsInARow = char.IsAsciiDigit(c) ? digitsInARow + 1 : c is ' ' or '-' or '.' ? digitsInARow : 0;
            if (digitsInARow > MaxDigitsInARow) return false;
        }
        return true;
    }
}
