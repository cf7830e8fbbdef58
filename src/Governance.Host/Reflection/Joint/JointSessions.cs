using Governance.Domain.Access;
using Governance.Domain.Common;
using Governance.Domain.Programmes;
using Governance.Domain.Reflection;
using Governance.Domain.Reflection.Joint;
using Governance.Host.Access;
using Governance.Host.Infrastructure;
using Governance.Projections.Access;
using Governance.Projections.Programmes;
using Governance.Projections.Reflection;
using JasperFx.Events;
using Marten;

namespace Governance.Host.Reflection.Joint;

/// <summary>One covered programme's part of a gezamenlijke sessie: its own session, and the programme's name.</summary>
public sealed record JointPart(ReflectionSessionView Session, string ProgrammeName)
{
    public Guid ProgrammeId => Session.ProgrammeId;
}

/// <summary>
/// Access to a gezamenlijke sessie (docs/adr/0004). The route names no programme, so the endpoint checks the rights
/// itself, per covered programme, with the same membership the programme routes use: a reader sees only the parts of
/// programmes they are a member of; someone who is a member of none gets 404 (the session's existence does not
/// leak); a write needs the right in every covered programme (403 otherwise, nothing written).
/// </summary>
public static class JointSessions
{
    public const string NotFoundTitle = "Gezamenlijke sessie niet gevonden.";

    /// <summary>All parts, whoever asks: for the checks below only, never to answer with.</summary>
    private static async Task<IReadOnlyList<JointPart>> AllParts(IQuerySession session, Guid jointSessionId, CancellationToken ct)
    {
        var views = await session.Query<ReflectionSessionView>().Where(s => s.JointSessionId == jointSessionId).ToListAsync(ct);
        var parts = new List<JointPart>();
        foreach (var view in views)
            parts.Add(new JointPart(view, (await session.LoadAsync<ProgrammeOverview>(view.ProgrammeId, ct))?.Name ?? ""));
        return parts.OrderBy(p => p.ProgrammeName, StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.ProgrammeId).ToList();
    }

    /// <summary>The parts the signed-in person may read (member of the programme), or the answer that refuses them.</summary>
    public static async Task<(IReadOnlyList<JointPart> Parts, IResult? Refused)> Readable(HttpContext http, IQuerySession session, Guid jointSessionId, CancellationToken ct)
    {
        var all = await AllParts(session, jointSessionId, ct);
        var readable = new List<JointPart>();
        foreach (var part in all)
            if (await RoleIn(http, part.ProgrammeId) is { } role && Rights.Allows(role, Right.ReadProgramme)) readable.Add(part);
        return readable.Count == 0 ? ([], NotFound(jointSessionId)) : (readable, null);
    }

    /// <summary>
    /// All parts, when the signed-in person has <paramref name="right"/> in every covered programme: a joint command
    /// or proposal speaks for all of them. A member of none gets 404; anyone else without the right everywhere 403.
    /// </summary>
    public static async Task<(IReadOnlyList<JointPart> Parts, IResult? Refused)> WithRightInEvery(HttpContext http, IQuerySession session, Guid jointSessionId, Right right, CancellationToken ct)
    {
        var all = await AllParts(session, jointSessionId, ct);
        var roles = new List<MemberRole?>();
        foreach (var part in all) roles.Add(await RoleIn(http, part.ProgrammeId));
        if (roles.All(r => r is null)) return ([], NotFound(jointSessionId));
        if (roles.Any(r => r is not { } role || !Rights.Allows(role, right)))
            return ([], Forbidden("Alleen wie procesbegeleider is in elk programma van deze gezamenlijke sessie kan haar voorbereiden en bijwerken."));
        return (all, null);
    }

    /// <summary>
    /// Carries out a joint decision: every covered programme's session stream is fetched for writing (optimistic
    /// concurrency per stream: a concurrent write on any of them fails the whole commit), the pure domain decides over
    /// all of them, and each event goes to the stream of the session it names. One transaction: all or nothing.
    /// </summary>
    public static async Task<Handled> Handle(IDocumentSession session, IReadOnlyList<JointPart> parts,
        Func<IReadOnlyList<ReflectionSession>, Outcome> decide, CancellationToken ct)
    {
        // Writes to each covered programme are serialised like any other write to it (ProgrammeWriteLock).
        await ProgrammeWriteLock.AcquireAsync(session, parts.Select(p => p.ProgrammeId), ct);
        var streams = new List<IEventStream<ReflectionSession>>();
        foreach (var part in parts)
        {
            var stream = await session.Events.FetchForWriting<ReflectionSession>(part.Session.Id, ct);
            if (stream.Aggregate is null) return Handled.NotFound("Reflectiesessie", part.Session.Id);
            streams.Add(stream);
        }

        var outcome = decide(streams.Select(s => s.Aggregate!).ToList());
        if (outcome.IsRefused) return Handled.Refuse(outcome.Refusals);
        foreach (var e in outcome.Events)
            streams.Single(s => s.Id == JointReflection.SessionOf(e)).AppendOne(e);
        return Handled.Accept();
    }

    /// <summary>
    /// The text of a joint session's invitation for one invitee: the agenda items of the covered programmes that
    /// person is a member of, labelled with their programme — the same as the joint .ics they would download.
    /// </summary>
    public static async Task<string?> InvitationText(IQuerySession session, Guid jointSessionId, Guid personId, Uri site, CancellationToken ct)
    {
        var readable = new List<JointPart>();
        foreach (var part in await AllParts(session, jointSessionId, ct))
            if ((await session.LoadAsync<ProgrammeMembers>(part.ProgrammeId, ct))?.Find(personId) is not null) readable.Add(part);
        return readable.Count == 0 ? null : JointSessionCalendarEndpoint.Description(GetJointReflectionSession.ViewOf(jointSessionId, readable), site);
    }

    /// <summary>The person's role in a programme, or null for a non-member (read once per request and programme).</summary>
    public static async Task<MemberRole?> RoleIn(HttpContext http, Guid programmeId) =>
        http.User.PersonIdOf() is { } person && await ProgrammeRightHandler.MembershipOf(http, programmeId, person) is { } member
            ? member.Role
            : null;

    public static IResult NotFound(Guid jointSessionId) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: NotFoundTitle,
        detail: $"Er is geen gezamenlijke sessie met id {jointSessionId}, of u bent geen lid van een van haar programma's.");

    public static IResult Forbidden(string detail) => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Geen toegang.", detail: detail);
}
