using Governance.Domain.Common;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Resources;

/// <summary>
/// A partner commits money to the programme for a period (rec. 4 "Organiseer passende middelen"). The opdrachtgever
/// and the lijnorganisaties organise the funding, never the opdrachtnemer: "Als opdrachtnemer en programmateam hebben
/// jullie níet de taak om de financiering van het programma … te organiseren (dat is een veelvoorkomend misverstand)"
/// (004 l. 1870–1878). The amount and the end date may be left out when they are not known ("onbekend"): the
/// commitment is then recorded, and rec. 4 does not judge the horizon it cannot see.
/// </summary>
public sealed record CommitFunding(Guid? CommittedByPartnerId, decimal? AmountEuro, LocalDate? From, LocalDate? Until, FundingKind? Kind)
{
    public static Outcome Decide(Programme programme, Guid fundingId, CommitFunding command, Instant now)
    {
        var input = new Check()
            .Required("committedByPartnerId", command.CommittedByPartnerId, "De partner die financiert")
            .That(command.AmountEuro is null or > 0, "amountEuro", "funding.amount-positive", "Het bedrag moet groter zijn dan nul.")
            .Required("from", command.From, "De begindatum")
            .That(command.From is null || command.Until is null || command.Until > command.From, "until",
                "funding.period", "De einddatum van de financiering moet na de begindatum liggen.")
            .Required("kind", command.Kind, "Het soort financiering (structureel of tijdelijk)")
            .That(command.Kind is null || Enum.IsDefined(command.Kind.Value), "kind", "input.unknown-value", "Onbekend soort financiering.");
        if (input.Failed) return Outcome.Refuse(input.Refusals);

        if (programme.Ended) return Outcome.Refuse(EndedProgramme.Refusal);

        var partnerId = command.CommittedByPartnerId!.Value;
        if (!programme.HasActivePartner(partnerId))
            return Outcome.Refuse(Refusal.Violates("funding.partner-active",
                "Alleen een partner die (nog) deelneemt aan dit programma kan financiering toezeggen."));
        if (programme.HasActivePartnerInRole(partnerId, PartnerRole.Opdrachtnemer))
            return Outcome.Refuse(Refusal.Violates("funding.not-by-opdrachtnemer",
                "De opdrachtnemer organiseert de financiering niet; dat doen de opdrachtgever en de lijnorganisaties " +
                "(\"dat is een veelvoorkomend misverstand\")."));

        return Outcome.Accept(new FundingCommitted(programme.Id, fundingId, partnerId, command.AmountEuro,
            command.From!.Value, command.Until, command.Kind!.Value, now));
    }
}
