using System.Collections.Concurrent;
using Alba;
using Governance.Domain.Decisions;
using Marten;
using Npgsql;
using Xunit.Abstractions;

namespace Governance.Host.Tests.Reliability;

/// <summary>
/// Issue 10, part 1: sixteen clients at once on one programme, logging decisions and recording partner positions on
/// the same few decisions (so their writes really collide). No answer is anything but 2xx or 409, every 2xx wrote
/// exactly its events and every 409 wrote nothing, and the read models equal what a full rebuild makes of the events.
/// </summary>
public class sixteen_writers_on_one_programme(AppFixture app, ITestOutputHelper output) : HostTest(app)
{
    private const int Clients = 16;
    private const int CommandsPerClient = 12;
    private static readonly string[] Positions = ["agrees", "abstains", "dissents", "agreesWithReservations"];

    private sealed record Answer(string Kind, int Status, string? Rule);

    [Fact]
    public async Task every_answer_is_2xx_or_409_events_match_the_2xx_answers_and_read_models_equal_a_rebuild()
    {
        var programmeId = await App.RegisterProgramme(People);
        var partners = new List<(Guid Partner, Guid Spokesperson)>();
        for (var p = 0; p < 4; p++)
        {
            App.ActingAs = People.Director;
            var partnerId = await Host.AddPartner(programmeId, Samples.Partner($"Partner {p}", p == 0 ? "opdrachtgever" : "opdrachtnemer"));
            partners.Add((partnerId, await App.SpeakFor(People, programmeId, partnerId)));
        }
        App.ActingAs = People.Director;
        var contested = new List<Guid>();
        for (var d = 0; d < 3; d++) contested.Add(await Host.LogDecision(programmeId, Samples.Decision(partners[0].Partner)));
        var decisionsBefore = await CountOf<DecisionLogged>();
        var positionsBefore = await CountOf<PartnerPositionRecorded>();
        var eventsBefore = await EventCount();
        // From here every request names its person itself: the fixture's shared "acting as" is not for concurrent use.
        App.ActingAs = null;

        var answers = new ConcurrentBag<Answer>();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            var (partner, spokesperson) = partners[client % partners.Count];
            var director = client % 2 == 0 ? People.Director : People.Delegate;
            for (var i = 0; i < CommandsPerClient; i++)
            {
                // Two of every three commands are positions on one of three decisions everybody works on.
                if (i % 3 == 0)
                {
                    var decision = Samples.Decision(partner);
                    decision["title"] = $"Besluit van client {client}, nummer {i}";
                    answers.Add(await Send("log", $"/api/programmes/{programmeId}/decisions", decision, director));
                }
                else
                {
                    var position = new Dictionary<string, object?>
                    {
                        ["partnerId"] = partner,
                        ["position"] = Positions[(client + i) % Positions.Length],
                        ["reasoning"] = $"Onderbouwing {client}-{i}",
                    };
                    answers.Add(await Send("position",
                        $"/api/programmes/{programmeId}/decisions/{contested[(client + i) % contested.Count]}/positions", position, spokesperson));
                }
            }
        })));

        var all = answers.ToList();
        var byStatus = all.GroupBy(a => (a.Kind, a.Status)).OrderBy(g => g.Key).Select(g => $"{g.Key.Kind} {g.Key.Status}: {g.Count()}");
        output.WriteLine(string.Join(", ", byStatus));

        all.Count.ShouldBe(Clients * CommandsPerClient);
        all.Where(a => a.Status is not (201 or 204 or 409)).ShouldBeEmpty();
        all.Where(a => a.Status == 409).ShouldAllBe(a => a.Rule == "concurrency.stale-version");
        all.Count(a => a.Kind == "position" && a.Status == 204).ShouldBeGreaterThan(0);

        // Each accepted command appends exactly one event (a decision logged; a position recorded), a refused one none.
        (await CountOf<DecisionLogged>() - decisionsBefore).ShouldBe(all.Count(a => a.Kind == "log" && a.Status == 201));
        (await CountOf<PartnerPositionRecorded>() - positionsBefore).ShouldBe(all.Count(a => a.Kind == "position" && a.Status == 204));
        (await EventCount() - eventsBefore).ShouldBe(all.Count(a => a.Status is 201 or 204));

        var live = await ReadModels();
        await RebuildAllProjections();
        var rebuilt = await ReadModels();
        output.WriteLine($"{live.Count} read-model documents compared after rebuilding every projection");
        // The one asynchronous read model (programme activity) may lag here by design; its exactness under load, crash
        // and takeover is the reliability suite's (tests/Governance.Reliability.Tests).
        var differences = live.Keys.Union(rebuilt.Keys)
            .Where(key => !key.StartsWith("mt_doc_programmeactivity/", StringComparison.Ordinal))
            .Where(key => live.GetValueOrDefault(key) != rebuilt.GetValueOrDefault(key))
            .ToList();
        // Every read model — the overview and health facts that gather all the programme's streams, the per-stream
        // documents, the domain's own state snapshots, the audit trail, registers, reminders — equals its rebuild.
        // The overview and health facts did not before writes to one programme were serialised (ProgrammeWriteLock).
        differences.ShouldBeEmpty(string.Join(Environment.NewLine,
            differences.Take(10).Select(k => $"{k}: {FirstDifference(live.GetValueOrDefault(k), rebuilt.GetValueOrDefault(k))}")));
    }

    private static string FirstDifference(string? live, string? rebuilt)
    {
        if (live is null || rebuilt is null) return $"live {live ?? "(none)"}, rebuilt {rebuilt ?? "(none)"}";
        var at = 0;
        while (at < live.Length && at < rebuilt.Length && live[at] == rebuilt[at]) at++;
        var from = Math.Max(0, at - 120);
        return $"live …{live[from..Math.Min(live.Length, at + 200)]}… rebuilt …{rebuilt[from..Math.Min(rebuilt.Length, at + 200)]}…";
    }

    private async Task<Answer> Send(string kind, string url, object body, Guid person)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl(url);
            s.WithRequestHeader(AppFixture.DemoPersonHeader, person.ToString());
            s.IgnoreStatusCode();
        });
        var status = result.Context.Response.StatusCode;
        return new Answer(kind, status, status == 409 ? (await result.ReadJson()).GetProperty("rule").GetString() : null);
    }

    private async Task<int> CountOf<T>() where T : class
    {
        await using var session = Host.DocumentStore().QuerySession();
        return await session.Events.QueryRawEventDataOnly<T>().CountAsync();
    }

    private async Task RebuildAllProjections()
    {
        var store = (DocumentStore)Host.DocumentStore();
        using var daemon = await store.BuildProjectionDaemonAsync();
        // AllProjectionNames() quotes each name for display.
        foreach (var projection in store.Options.Projections.AllProjectionNames().Select(n => n.Trim('\'')))
            await daemon.RebuildProjectionAsync(projection, CancellationToken.None);
    }

    /// <summary>
    /// Every document of every read model, by table and id, as stored JSON (jsonb prints its keys in one canonical
    /// order). Marten's own columns (mt_version, mt_last_modified, …) are left out: they say when and by which write a
    /// row was stored, which a rebuild changes by design; the read model is the document.
    /// </summary>
    private async Task<Dictionary<string, string>> ReadModels()
    {
        var store = Host.DocumentStore();
        var schema = store.Options.DatabaseSchemaName;
        var documents = new Dictionary<string, string>();
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select table_name from information_schema.tables where table_schema = @schema and table_name like 'mt_doc_%'", connection))
        {
            list.Parameters.AddWithValue("schema", schema);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            await using var read = new NpgsqlCommand($"select id::text, data::text from \"{schema}\".\"{table}\"", connection);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync()) documents[$"{table}/{reader.GetString(0)}"] = reader.GetString(1);
        }
        tables.Count.ShouldBeGreaterThan(5);
        return documents;
    }
}
