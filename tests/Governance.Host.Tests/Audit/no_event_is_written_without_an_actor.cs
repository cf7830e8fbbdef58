using Governance.Domain.Programmes;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Governance.Host.Tests.Audit;

/// <summary>
/// The guard under the one write pipeline: a session that was not opened through <see cref="AttributedSessions"/>
/// (a new way in that forgot it) cannot save events, and saves nothing; one opened with an actor can.
/// </summary>
public class no_event_is_written_without_an_actor(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task a_session_opened_around_the_factory_is_refused_and_writes_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        var store = Host.Services.GetRequiredService<IDocumentStore>();
        var ended = new ProgrammeEnded(programmeId, new LocalDate(2026, 3, 1), "Afgerond", App.Clock.GetCurrentInstant());

        await using (var session = store.LightweightSession())
        {
            session.Events.Append(programmeId, ended);
            var refused = await Should.ThrowAsync<InvalidOperationException>(() => session.SaveChangesAsync());
            refused.Message.ShouldContain("without an actor");
        }
        await using (var query = store.QuerySession())
            (await query.Events.FetchStreamAsync(programmeId)).ShouldNotContain(e => e.Data is ProgrammeEnded);

        await using (var session = Host.Services.GetRequiredService<AttributedSessions>().OpenSession(Actor.Application("test"), "test"))
        {
            session.Events.Append(programmeId, ended);
            await session.SaveChangesAsync();
        }
        await using (var query = store.QuerySession())
        {
            var written = (await query.Events.FetchStreamAsync(programmeId)).Single(e => e.Data is ProgrammeEnded);
            written.UserName.ShouldBe("Programmagovernance (test)");
            written.CorrelationId.ShouldBe("test");
        }
    }
}
