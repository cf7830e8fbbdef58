using Governance.Domain.Common;
using Governance.Domain.Programmes;
using NodaTime;

namespace Governance.Domain.Tests.Programmes;

public class when_registering_a_programme
{
    private static readonly Instant Now = Instant.FromUtc(2018, 6, 1, 9, 0);
    private static readonly Guid Id = Guid.NewGuid();

    private static RegisterProgramme Valid() => new(
        "Geweld hoort nergens thuis",
        "Huiselijk geweld en kindermishandeling eerder stoppen en duurzaam oplossen",
        "Ministerie van VWS",
        new LocalDate(2018, 4, 1),
        new LocalDate(2021, 12, 31));

    [Fact]
    public void a_valid_programme_is_registered_with_its_period_and_the_moment_of_registration()
    {
        var outcome = RegisterProgramme.Decide(Id, Valid(), Now);

        outcome.IsRefused.ShouldBeFalse();
        outcome.Events.ShouldHaveSingleItem().ShouldBe(new ProgrammeRegistered(
            Id, "Geweld hoort nergens thuis",
            "Huiselijk geweld en kindermishandeling eerder stoppen en duurzaam oplossen",
            "Ministerie van VWS", new LocalDate(2018, 4, 1), new LocalDate(2021, 12, 31), Now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void an_empty_name_is_refused_naming_the_field(string name)
    {
        var outcome = RegisterProgramme.Decide(Id, Valid() with { Name = name }, Now);

        outcome.Events.ShouldBeEmpty();
        var refusal = outcome.Refusals.ShouldHaveSingleItem();
        refusal.Kind.ShouldBe(RefusalKind.InvalidInput);
        refusal.Field.ShouldBe("name");
    }

    [Fact]
    public void a_name_over_the_limit_is_refused()
    {
        var outcome = RegisterProgramme.Decide(Id, Valid() with { Name = new string('x', TextLimits.Short + 1) }, Now);

        outcome.Refusals.ShouldHaveSingleItem().Rule.ShouldBe("input.too-long");
    }

    [Theory]
    [InlineData(2018, 3, 31)]
    [InlineData(2018, 4, 1)]
    public void a_planned_end_on_or_before_the_start_is_refused(int year, int month, int day)
    {
        var outcome = RegisterProgramme.Decide(Id, Valid() with { PlannedEndDate = new LocalDate(year, month, day) }, Now);

        outcome.Events.ShouldBeEmpty();
        var refusal = outcome.Refusals.ShouldHaveSingleItem();
        refusal.Field.ShouldBe("plannedEndDate");
        refusal.Rule.ShouldBe("programme.end-after-start");
    }

    [Fact]
    public void every_faulty_field_is_named_at_once()
    {
        var outcome = RegisterProgramme.Decide(Id, Valid() with { Name = "", Opgave = "", PlannedEndDate = new LocalDate(2017, 1, 1) }, Now);

        outcome.Refusals.Select(r => r.Field).ShouldBe(["name", "opgave", "plannedEndDate"], ignoreOrder: true);
    }
}
