using Governance.Domain.Common;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using NodaTime;

namespace Governance.Domain.Tests.Reflection;

/// <summary>A programme and a session scheduled for Tuesday 12 May 2026, 14:00 Amsterdam time (12:00 UTC).</summary>
public static class SessionGiven
{
    public static readonly Instant Earlier = Instant.FromUtc(2026, 3, 2, 9, 0);
    public static readonly Guid ProgrammeId = Guid.NewGuid();
    public static readonly Guid SessionId = Guid.NewGuid();
    public static readonly ZonedDateTime Start = new LocalDateTime(2026, 5, 12, 14, 0).InZoneStrictly(AmsterdamTime.Zone);
    public static readonly Instant AfterStart = Instant.FromUtc(2026, 5, 12, 15, 0);
    public static readonly Guid ActionId = Guid.NewGuid();

    public static Programme Programme(params object[] more) => Domain.Programmes.Programme.From(
        new object[]
        {
            new ProgrammeRegistered(ProgrammeId, "Geweld hoort nergens thuis", "Geweld eerder stoppen", "Ministerie van VWS",
                new LocalDate(2018, 4, 1), new LocalDate(2027, 12, 31), Earlier),
        }.Concat(more));

    public static Programme EndedProgramme() =>
        Programme(new ProgrammeEnded(ProgrammeId, new LocalDate(2026, 3, 1), "Afgerond", Earlier));

    public static ReflectionSessionScheduled Scheduled() => new(SessionId, ProgrammeId, "Reflectie voorjaar", Start,
        Duration.FromHours(2), "Stadhuis Utrecht", "Anna de Vries", ["VWS", "VNG"], Earlier);

    public static ReflectionSessionHeld Held(string? notes = null) => new(SessionId, ProgrammeId, Start.Date, ["VWS", "VNG"],
        [ReflectionQuestion.ImpactOpDeOpgave], "Meer focus op de regio", notes, AfterStart);

    public static ReflectionSessionCancelled Cancelled() => new(SessionId, ProgrammeId, "Kamervragen", Earlier);

    public static FollowUpActionAgreed ActionAgreed() =>
        new(SessionId, ProgrammeId, ActionId, "Regio's uitnodigen", "VNG", new LocalDate(2026, 6, 1), AfterStart);

    public static ReflectionSession Session(params object[] more) =>
        ReflectionSession.From(new object[] { Scheduled() }.Concat(more));
}
