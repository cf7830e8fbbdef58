using Alba;

namespace Governance.Host.Tests.Infrastructure;

/// <summary>
/// The Location of a 201 is an address a client can read (RFC 9110 §10.2.2): for every thing the API creates below a
/// programme (docs/api.md "Location") and for an organisation and a person of the directory.
/// </summary>
public class a_created_thing_can_be_read_at_its_location(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task everything_created_is_read_at_its_location_by_members_and_is_404_outside_the_programme_and_for_an_unknown_id()
    {
        var programmeId = await App.RegisterProgramme(People);
        var things = await OneOfEverything.Create(App, People, programmeId);
        things.Select(t => t.What).ShouldBe([
            "partner", "governance body", "body member", "meeting", "funding commitment", "representative", "learning goal", "team member",
            "means instrument", "strain on the opdrachtnemer", "lived-experience arrangement", "tension", "mandate", "organisation", "person",
        ], ignoreOrder: true);

        foreach (var thing in things)
        {
            thing.Location.ShouldBe($"{thing.PostedTo}/{thing.Id}", thing.What);
            // A programme's things are read by its members (here a meelezer, who created none of them); the directory by administrators.
            ActAs(thing.InProgramme ? People.Reader : People.Administrator);
            var read = await Host.Scenario(s => { s.Get.Url(thing.Location); s.IgnoreStatusCode(); });
            read.Context.Response.StatusCode.ShouldBe(200, $"{thing.What}: {await read.ReadAsTextAsync()}");
            (await read.ReadJson()).GetProperty(thing.IdField).GetGuid().ShouldBe(thing.Id, thing.What);

            var unknown = await Host.Scenario(s => { s.Get.Url($"{thing.PostedTo}/{Guid.NewGuid()}"); s.IgnoreStatusCode(); });
            unknown.Context.Response.StatusCode.ShouldBe(404, thing.What);

            // Outside the programme nothing shows, not even that it exists; the directory is for administrators only.
            ActAs(thing.InProgramme ? People.Outsider : People.Director);
            var outside = await Host.Scenario(s => { s.Get.Url(thing.Location); s.IgnoreStatusCode(); });
            outside.Context.Response.StatusCode.ShouldBe(thing.InProgramme ? 404 : 403, thing.What);
        }
    }
}
