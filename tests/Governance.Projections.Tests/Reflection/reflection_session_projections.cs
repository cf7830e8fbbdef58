using Governance.Domain.Common;
using Governance.Domain.Reflection;
using Governance.Projections.Reflection;
using NodaTime;

namespace Governance.Projections.Tests.Reflection;

[Collection(nameof(StoreCollection))]
public class reflection_session_projections(StoreFixture fixture)
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 2, 9, 0);

    [Fact]
    public async Task the_view_follows_the_session_and_the_confidential_notes_live_only_in_their_own_document()
    {
        var programmeId = Guid.NewGuid();
        var sessionId = Guid.NewGuid();
        var actionId = Guid.NewGuid();
        var start = new LocalDateTime(2026, 5, 12, 14, 0).InZoneStrictly(AmsterdamTime.Zone);
        var moved = new LocalDateTime(2026, 5, 19, 10, 0).InZoneStrictly(AmsterdamTime.Zone);
        const string notes = "Vertrouwelijk: spanning tussen VWS en VNG";

        await using (var session = fixture.Store.LightweightSession())
        {
            session.Events.StartStream(sessionId,
                new ReflectionSessionScheduled(sessionId, programmeId, "Reflectie", start, Duration.FromHours(2), "Utrecht", "Anna", ["VWS"], At),
                new ReflectionSessionRescheduled(sessionId, programmeId, moved, Duration.FromMinutes(90), "Online", "Kamerdebat", At),
                new ReflectionSessionHeld(sessionId, programmeId, moved.Date, ["VWS", "VNG"], [ReflectionQuestion.SamenLeren], "Meer regio", notes, At),
                new LessonCaptured(sessionId, programmeId, Guid.NewGuid(), "Begin bij de regio", At),
                new FollowUpActionAgreed(sessionId, programmeId, actionId, "Regio's uitnodigen", "VNG", new LocalDate(2026, 6, 1), At),
                new FollowUpActionCompleted(sessionId, programmeId, actionId, new LocalDate(2026, 5, 30), At));
            await session.SaveChangesAsync();
        }

        await using var query = fixture.Store.QuerySession();
        var view = (await query.LoadAsync<ReflectionSessionView>(sessionId)).ShouldNotBeNull();
        view.Start.ShouldBe(moved);
        view.End.ShouldBe(moved.Plus(Duration.FromMinutes(90)));
        view.Location.ShouldBe("Online");
        view.Moves.ShouldHaveSingleItem().From.ShouldBe(start);
        view.Status.ShouldBe(ReflectionSessionStatus.Held);
        view.QuestionsAddressed.ShouldBe([ReflectionQuestion.SamenLeren]);
        view.Lessons.ShouldHaveSingleItem().Lesson.ShouldBe("Begin bij de regio");
        view.Actions.ShouldHaveSingleItem().CompletedOn.ShouldBe(new LocalDate(2026, 5, 30));

        var stored = await query.Json.FindByIdAsync<ReflectionSessionView>(sessionId);
        stored.ShouldNotBeNull().ShouldNotContain("Vertrouwelijk");

        var confidential = (await query.LoadAsync<ConfidentialReflectionNotes>(sessionId)).ShouldNotBeNull();
        confidential.Notes.ShouldBe(notes);
        confidential.ProgrammeId.ShouldBe(programmeId);

        var state = (await query.LoadAsync<ReflectionSession>(sessionId)).ShouldNotBeNull();
        state.Status.ShouldBe(ReflectionSessionStatus.Held);
        state.Actions[actionId].ShouldBeTrue();
    }
}
