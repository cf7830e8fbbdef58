using Governance.Domain.Care;
using NodaTime;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Care;

public class when_the_opdrachtnemer_is_under_strain
{
    private static readonly Guid StrainId = Guid.NewGuid();
    private static readonly LocalDate Day = new(2019, 2, 1);
    private static readonly OpdrachtnemerStrainRecorded Threatened = new(ProgrammeId, StrainId, OpdrachtnemerStrain.DirectorThreatenedToResign,
        "Moeizame samenwerking met VWS over de subsidieregeling", Day, Earlier);

    [Fact]
    public void a_director_threatening_to_resign_is_recorded()
    {
        RecordOpdrachtnemerStrain.Decide(Given(), StrainId,
                new RecordOpdrachtnemerStrain(OpdrachtnemerStrain.DirectorThreatenedToResign, " Moeizame samenwerking met VWS over de subsidieregeling ", Day), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(Threatened with { RecordedAt = Now });
    }

    [Fact]
    public void what_happened_its_description_and_a_date_not_in_the_future_are_required()
    {
        RecordOpdrachtnemerStrain.Decide(Given(), StrainId, new RecordOpdrachtnemerStrain(null, "", null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["kind", "description", "on"], ignoreOrder: true);
        RecordOpdrachtnemerStrain.Decide(Given(), StrainId, new RecordOpdrachtnemerStrain((OpdrachtnemerStrain)9, "x", Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("input.unknown-value");
        RecordOpdrachtnemerStrain.Decide(Given(), StrainId, new RecordOpdrachtnemerStrain(OpdrachtnemerStrain.DirectorLeft, "x", new LocalDate(2019, 3, 13)), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("strain.not-in-future");
        RecordOpdrachtnemerStrain.Decide(Given(Ended), StrainId, new RecordOpdrachtnemerStrain(OpdrachtnemerStrain.DirectorLeft, "x", Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }

    [Fact]
    public void the_opdrachtgever_follows_it_up_once_on_or_after_it()
    {
        var followed = FollowUpOpdrachtnemerStrain.Decide(Given(Threatened), StrainId, new FollowUpOpdrachtnemerStrain(" Gesprek met de DG ", Day.PlusDays(3)), Now);
        followed.Events.ShouldHaveSingleItem().ShouldBe(new OpdrachtnemerStrainFollowedUp(ProgrammeId, StrainId, "Gesprek met de DG", Day.PlusDays(3), Now));

        FollowUpOpdrachtnemerStrain.Decide(Given(Threatened, followed.Events[0]), StrainId, new FollowUpOpdrachtnemerStrain("Nog eens", Day.PlusDays(4)), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("strain.followed-up-once");
        FollowUpOpdrachtnemerStrain.Decide(Given(Threatened), StrainId, new FollowUpOpdrachtnemerStrain("Te vroeg", Day.PlusDays(-1)), Now)
            .Refusals.ShouldHaveSingleItem().ShouldSatisfyAllConditions(r => r.Field.ShouldBe("on"), r => r.Rule.ShouldBe("strain.follow-up-after-strain"));
    }

    [Fact]
    public void an_unknown_strain_is_not_found()
    {
        FollowUpOpdrachtnemerStrain.Decide(Given(), StrainId, new FollowUpOpdrachtnemerStrain("Gesprek", Day), Now)
            .Refusals.ShouldHaveSingleItem().ShouldSatisfyAllConditions(r => r.Rule.ShouldBe("strain.exists"), r => r.Kind.ShouldBe(Governance.Domain.Common.RefusalKind.NotFound));
    }
}
