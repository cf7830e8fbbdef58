using Governance.Domain.Decisions;
using Governance.Domain.Partners;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Tests.Decisions;

/// <summary>A programme with two partners and a logged decision, as the decision commands' tests start from.</summary>
public static class DecisionGiven
{
    public static readonly Instant Earlier = Instant.FromUtc(2019, 3, 11, 10, 0);
    public static readonly Instant Now = Instant.FromUtc(2019, 6, 3, 9, 0);
    public static readonly Guid ProgrammeId = Guid.NewGuid();
    public static readonly Guid DecisionId = Guid.NewGuid();
    public static readonly Guid Vws = Guid.NewGuid();
    public static readonly Guid Vng = Guid.NewGuid();
    public static readonly LocalDate DecidedOn = new(2019, 3, 11);

    public static Programme Programme(params object[] more) => Domain.Programmes.Programme.From(
        new object[]
        {
            new ProgrammeRegistered(ProgrammeId, "Geweld hoort nergens thuis", "Geweld eerder stoppen", "Ministerie van VWS",
                new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), Earlier),
            new PartnerJoined(ProgrammeId, Vws, "Ministerie van VWS", Bestuurslaag.Rijk, PartnerRole.Opdrachtgever, new LocalDate(2018, 4, 1), Earlier),
            new PartnerJoined(ProgrammeId, Vng, "VNG", Bestuurslaag.Koepel, PartnerRole.Opdrachtgever, new LocalDate(2018, 4, 1), Earlier),
        }.Concat(more));

    public static Programme EndedProgramme() =>
        Programme(new ProgrammeEnded(ProgrammeId, new LocalDate(2019, 5, 1), "Afgerond", Earlier));

    public static DecisionLogged Logged(DecisionStatus status = DecisionStatus.Taken, Guid? decisionId = null, LocalDate? decidedOn = null) => new(
        decisionId ?? DecisionId, ProgrammeId, "Focus op de aanpak in de regio", "", [], "Regionale projectleiders",
        "De aanpak moet in de regio landen", new DecisionMaker(null, Vws, "Ministerie van VWS"), null, decidedOn ?? DecidedOn, [], "",
        new LocalDate(2019, 9, 1), status, new WooClassification(true, null), Earlier);

    public static Decision Decision(params object[] more) => Domain.Decisions.Decision.From(new object[] { Logged() }.Concat(more));

    public static Decision Proposed(params object[] more) =>
        Domain.Decisions.Decision.From(new object[] { Logged(DecisionStatus.Proposed) }.Concat(more));

    public static DecisionWithdrawn Withdrawn() => new(DecisionId, ProgrammeId, "Niet meer nodig", Earlier);

    public static DecisionSuperseded SupersededBy(Guid other) => new(DecisionId, ProgrammeId, other, Earlier);
}
