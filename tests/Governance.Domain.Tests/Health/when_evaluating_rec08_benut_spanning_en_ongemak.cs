using Governance.Domain.Care;
using Governance.Domain.Health;
using NodaTime;

namespace Governance.Domain.Tests.Health;

public class when_evaluating_rec08_benut_spanning_en_ongemak : HealthSpec
{
    private const Recommendation Rec = Recommendation.BenutSpanningEnOngemak;
    private static readonly LocalDate RaisedOn = D(2020, 6, 1);

    [Fact]
    public void an_undiscussed_tension_is_green_at_eight_weeks_and_orange_a_day_later()
    {
        Tension(RaisedOn);
        Care(RaisedOn.PlusWeeks(8));
        StatusOn(RaisedOn.PlusWeeks(8), Rec).ShouldBe(IndicatorStatus.Groen);
        StatusOn(RaisedOn.PlusWeeks(8).PlusDays(1), Rec).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void an_undiscussed_tension_is_orange_at_twelve_weeks_and_red_a_day_later()
    {
        Tension(RaisedOn);
        Care(RaisedOn.PlusWeeks(10));
        StatusOn(RaisedOn.PlusWeeks(12), Rec).ShouldBe(IndicatorStatus.Oranje);
        var result = On(RaisedOn.PlusWeeks(12).PlusDays(1), Rec);
        result.Status.ShouldBe(IndicatorStatus.Rood);
        result.Missing.ShouldContain("De spanning 'Subsidieregeling' met elkaar bespreken.");
    }

    [Fact]
    public void a_discussed_tension_no_longer_ages()
    {
        var tension = Tension(RaisedOn);
        Given(new TensionDiscussed(ProgrammeId, tension, "Stuurgroep", RaisedOn.PlusWeeks(2), Noon(RaisedOn.PlusWeeks(2))));
        Care(RaisedOn.PlusWeeks(20));
        StatusOn(RaisedOn.PlusWeeks(20), Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void a_care_moment_counts_for_thirteen_weeks_then_the_indicator_turns_orange()
    {
        var careOn = D(2020, 5, 1);
        Care(careOn);
        StatusOn(careOn.PlusWeeks(13), Rec).ShouldBe(IndicatorStatus.Groen);
        StatusOn(careOn.PlusWeeks(13).PlusDays(1), Rec).ShouldBe(IndicatorStatus.Oranje);
    }

    [Fact]
    public void strain_on_the_opdrachtnemer_is_orange_at_once_red_after_twelve_weeks_without_follow_up_and_not_after_it()
    {
        // "Ook bewaak je de kracht en gezondheid van de opdrachtnemer" (004 l. 2083–2085).
        Care(RaisedOn);
        var strain = Guid.NewGuid();
        Given(new OpdrachtnemerStrainRecorded(ProgrammeId, strain, OpdrachtnemerStrain.DirectorLeft, "Geen overeenstemming over de aard van het programma", RaisedOn, Noon(RaisedOn)));
        var left = On(RaisedOn, Rec);
        left.Status.ShouldBe(IndicatorStatus.Oranje);
        left.Evidence.ShouldContain(e => e.Kind == EvidenceKind.Negative && e.Text.StartsWith("De programmadirecteur vertrok"));
        Care(RaisedOn.PlusWeeks(12));
        StatusOn(RaisedOn.PlusWeeks(12), Rec).ShouldBe(IndicatorStatus.Oranje);
        StatusOn(RaisedOn.PlusWeeks(12).PlusDays(1), Rec).ShouldBe(IndicatorStatus.Rood);

        var followedUpOn = RaisedOn.PlusWeeks(13);
        Given(new OpdrachtnemerStrainFollowedUp(ProgrammeId, strain, "Nieuwe directeur aangesteld, met coaching", followedUpOn, Noon(followedUpOn)));
        StatusOn(followedUpOn, Rec).ShouldBe(IndicatorStatus.Groen);
    }

    [Fact]
    public void an_escalation_is_handled_once_it_is_answered()
    {
        Care(RaisedOn);
        var tension = Tension(RaisedOn);
        Given(new TensionEscalatedToPerson(ProgrammeId, tension, "de opdrachtgevers", RaisedOn.PlusDays(1), Noon(RaisedOn.PlusDays(1))));
        On(RaisedOn.PlusDays(1), Rec).Reason.ShouldBe("Een geëscaleerde spanning wacht op een antwoord.");

        Given(new EscalationAnswered(ProgrammeId, tension, "Besloten: de regeling blijft", RaisedOn.PlusDays(20), Noon(RaisedOn.PlusDays(20))));
        var answered = On(RaisedOn.PlusDays(20), Rec);
        answered.Status.ShouldBe(IndicatorStatus.Groen);
        answered.Evidence.ShouldContain(e => e.Text.Contains("beantwoord na escalatie"));
    }
}
