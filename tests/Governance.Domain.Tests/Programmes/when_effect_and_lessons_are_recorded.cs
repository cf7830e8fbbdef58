using Governance.Domain.Programmes;
using NodaTime;
using static Governance.Domain.Tests.Bodies.ProgrammeWithBodies;

namespace Governance.Domain.Tests.Programmes;

public class when_effect_and_lessons_are_recorded
{
    private static readonly LocalDate Day = new(2019, 3, 1);

    [Fact]
    public void the_effect_measured_is_recorded_with_what_it_showed()
    {
        RecordEffectMeasured.Decide(Given(), new RecordEffectMeasured(" Impactmonitor ", " Minder herhaald geweld in 576 gezinnen ", Day), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new EffectMeasured(ProgrammeId, "Impactmonitor", "Minder herhaald geweld in 576 gezinnen", Day, Now));
        RecordEffectMeasured.Decide(Given(), new RecordEffectMeasured("", "", null), Now)
            .Refusals.Select(r => r.Field).ShouldBe(["whatWasMeasured", "finding", "measuredOn"], ignoreOrder: true);
        RecordEffectMeasured.Decide(Given(), new RecordEffectMeasured("x", "y", new LocalDate(2019, 3, 13)), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("effect.not-in-future");
    }

    [Fact]
    public void lessons_shared_with_a_wider_public_are_recorded_and_not_on_an_ended_programme()
    {
        RecordLessonsShared.Decide(Given(), new RecordLessonsShared("Andere programma's", "Publicatie Lessen die je raken", Day), Now)
            .Events.ShouldHaveSingleItem().ShouldBe(new LessonsShared(ProgrammeId, "Andere programma's", "Publicatie Lessen die je raken", Day, Now));
        RecordLessonsShared.Decide(Given(Ended), new RecordLessonsShared("Andere programma's", "Publicatie", Day), Now)
            .Refusals.ShouldHaveSingleItem().Rule.ShouldBe("programme.ended");
    }
}
