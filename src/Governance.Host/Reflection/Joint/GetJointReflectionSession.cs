using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Agenda;
using Governance.Host.Access;
using Governance.Projections.Reflection;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Governance.Host.Reflection.Joint;

/// <summary>A gezamenlijke sessie as one reader may see it: only the parts of programmes they are a member of.</summary>
public sealed record JointReflectionSessionView(
    Guid JointSessionId,
    string Title,
    ZonedDateTime Start,
    ZonedDateTime End,
    string Location,
    string Facilitator,
    ReflectionSessionStatus Status,
    LocalDate? HeldOn,
    IReadOnlyList<string> Invitees,
    IReadOnlyList<string> Attendees,
    string? Outcomes,
    IReadOnlyList<ReflectionQuestion> QuestionsAddressed,
    IReadOnlyList<JointProgrammePart> Programmes,
    IReadOnlyList<JointAgendaItemView> Agenda)
{
    // RFC 3339 companions of the zoned times (docs/api.md "Conventions").
    public Instant StartUtc => Start.ToInstant();
    public Instant EndUtc => End.ToInstant();
    public int LengthMinutes => (int)(End.ToInstant() - Start.ToInstant()).TotalMinutes;
}

/// <summary>One covered programme the reader is a member of, with its own session (and that session's lessons).</summary>
public sealed record JointProgrammePart(Guid ProgrammeId, string ProgrammeName, Guid SessionId, IReadOnlyList<LessonView> Lessons);

/// <summary>An item of the combined agenda, labelled with its programme and the session it is recorded in.</summary>
public sealed record JointAgendaItemView(Guid ItemId, Guid ProgrammeId, string ProgrammeName, Guid SessionId, AgendaItemKind? Kind,
    string Title, string Why, string? Reference, bool Discussed, string? Note, IReadOnlyList<Guid> LessonIds);

public static class GetJointReflectionSession
{
    /// <summary>
    /// Een gezamenlijke sessie: wanneer en waar, de programma's die meedoen en de gezamenlijke agenda in de volgorde
    /// van de procesbegeleider. Alleen de programma's waaraan de aangemelde persoon meedoet; 404 voor wie aan geen
    /// ervan meedoet.
    /// </summary>
    [WolverineGet("/api/joint-reflection-sessions/{jointSessionId}", OperationId = "getJointReflectionSession")]
    [RequiresSignIn]
    [Tags("Reflectie")]
    [ProducesResponseType<JointReflectionSessionView>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid jointSessionId, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        var (parts, refused) = await JointSessions.Readable(http, session, jointSessionId, ct);
        return refused ?? Results.Ok(ViewOf(jointSessionId, parts));
    }

    public static JointReflectionSessionView ViewOf(Guid jointSessionId, IReadOnlyList<JointPart> parts)
    {
        // Every part was scheduled, moved and held alike by the joint commands; the first tells when and where.
        var first = parts[0].Session;
        return new JointReflectionSessionView(jointSessionId, first.Title, first.Start, first.End, first.Location, first.Facilitator,
            first.Status, first.HeldOn, first.Invitees, first.Attendees, first.Outcomes, first.QuestionsAddressed,
            parts.Select(p => new JointProgrammePart(p.ProgrammeId, p.ProgrammeName, p.Session.Id, p.Session.Lessons)).ToList(),
            parts.SelectMany(p => p.Session.Agenda.Select((item, index) => (item, p, index)))
                .OrderBy(x => x.item.JointPosition ?? int.MaxValue).ThenBy(x => x.p.ProgrammeName).ThenBy(x => x.index)
                .Select(x => new JointAgendaItemView(x.item.ItemId, x.p.ProgrammeId, x.p.ProgrammeName, x.p.Session.Id, x.item.Kind,
                    x.item.Title, x.item.Why, x.item.Reference, x.item.Discussed, x.item.Note, x.item.LessonIds))
                .ToList());
    }
}
