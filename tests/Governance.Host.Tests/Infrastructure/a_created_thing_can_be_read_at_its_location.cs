using Alba;
using Governance.Host.Programmes;

namespace Governance.Host.Tests.Infrastructure;

/// <summary>The Location of a 201 is an address a client can read (RFC 9110 §10.2.2), here for a tension and a partner.</summary>
public class a_created_thing_can_be_read_at_its_location(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task a_raised_tension_and_an_added_partner_are_read_at_their_location_and_an_unknown_one_is_404()
    {
        var programmeId = await App.RegisterProgramme(People);
        var created = new[]
        {
            (Url: $"/api/programmes/{programmeId}/partners", Body: (object)Samples.Partner(), IdField: "partnerId"),
            (Url: $"/api/programmes/{programmeId}/tensions", Body: BodySamples.Tension(), IdField: "tensionId"),
        };
        foreach (var (url, body, idField) in created)
        {
            var answer = await Host.PostTo(url, body, 201);
            var id = (await answer.Read<CreatedId>()).Id;
            var location = answer.Context.Response.Headers.Location.ToString();
            location.ShouldBe($"{url}/{id}");

            var read = await Host.Scenario(s => s.Get.Url(location));
            (await read.ReadJson()).GetProperty(idField).GetGuid().ShouldBe(id);
            await Host.Scenario(s => { s.Get.Url($"{url}/{Guid.NewGuid()}"); s.StatusCodeShouldBe(404); });
        }
    }
}
