using System.Text;
using System.Text.Json;
using Alba;
using ClosedXML.Excel;
using CsvHelper;
using Governance.Host.Exports;
using Ical.Net;

namespace Governance.Host.Tests.Exports;

/// <summary>Every export parsed back by the library that reads its format, as the receiving system would.</summary>
public class the_exports_read_back(AppFixture app) : HostTest(app)
{
    private async Task<(Guid ProgrammeId, Guid First, Guid Second)> TwoDecisions()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var first = Samples.Decision(vws);
        first["recommendations"] = new[] { "organiseerReflectie" };
        var firstId = await Host.LogDecision(programmeId, first);
        var second = Samples.Decision(vws);
        second["title"] = "Geen landelijke campagne; \"regio eerst\", met komma's";
        second["decidedOn"] = "2020-01-10";
        second["woo"] = new { @public = false, ground = "Persoonlijke beleidsopvattingen (Woo 5.2)" };
        var secondId = await Host.LogDecision(programmeId, second);
        return (programmeId, firstId, secondId);
    }

    private async Task<IScenarioResult> Get(string url, int status = 200) =>
        await Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(status);
        });

    private static async Task<byte[]> Bytes(IScenarioResult result)
    {
        using var buffer = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public async Task the_decision_log_as_csv_reads_back_with_csvhelper()
    {
        var (programmeId, firstId, secondId) = await TwoDecisions();

        var result = await Get($"/api/programmes/{programmeId}/exports/decisions.csv");

        result.Context.Response.ContentType!.ShouldStartWith("text/csv");
        using var reader = CsvReader.Create(new StreamReader(new MemoryStream(await Bytes(result)), Encoding.UTF8));
        var rows = reader.GetRecords<DecisionLogRow>().ToList();
        rows.Select(r => r.Id).ShouldBe([firstId, secondId]);
        rows[0].DecidedOn.ShouldBe("2019-03-11");
        rows[0].Status.ShouldBe("taken");
        rows[0].Recommendations.ShouldBe("organiseerReflectie");
        rows[0].LoggedAt.ShouldBe("2026-03-02T09:00:00Z");
        rows[1].Title.ShouldBe("Geen landelijke campagne; \"regio eerst\", met komma's");
        rows[1].Public.ShouldBeFalse();
    }

    [Fact]
    public async Task the_decision_log_as_xlsx_has_typed_cells_in_exceljs_sheetjs_openpyxl_and_closedxml()
    {
        var (programmeId, firstId, secondId) = await TwoDecisions();

        var result = await Get($"/api/programmes/{programmeId}/exports/decisions.xlsx");

        result.Context.Response.ContentType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await Bytes(result);
        using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
        {
            var sheet = workbook.Worksheet("Besluiten");
            sheet.Cell(1, 1).GetString().ShouldBe("Id");
            sheet.Cell(2, 1).GetString().ShouldBe(firstId.ToString());
            sheet.Cell(3, 1).GetString().ShouldBe(secondId.ToString());
            sheet.Cell(2, 4).DataType.ShouldBe(XLDataType.DateTime);
            sheet.Cell(2, 4).GetDateTime().ShouldBe(new DateTime(2019, 3, 11));
            sheet.LastRowUsed().RowNumber().ShouldBe(3);
        }

        var path = await IndependentReaders.SaveTemporarily(bytes, ".xlsx");
        var node = await IndependentReaders.Node("read-xlsx.mjs", path);
        var openpyxl = await IndependentReaders.Python("read_xlsx.py", path);
        File.Delete(path);
        foreach (var (reader, rows) in new[] { ("exceljs", node.GetProperty("exceljs")), ("sheetjs", node.GetProperty("sheetjs")), ("openpyxl", openpyxl) })
        {
            var header = rows[0].EnumerateArray().Select(c => c.GetProperty("v").GetString()).ToList();
            int Column(string name) => header.IndexOf(name);
            rows.GetArrayLength().ShouldBe(3, reader);
            (string Type, string Value) Cell(int row, string column)
            {
                var cell = rows[row][Column(column)];
                return (cell.GetProperty("t").GetString()!, cell.GetProperty("v").ToString());
            }
            Cell(1, "Id").ShouldBe(("string", firstId.ToString()), reader);
            Cell(1, "DecidedOn").Type.ShouldBe("date", reader);
            Cell(1, "DecidedOn").Value.ShouldStartWith("2019-03-11", customMessage: reader);
            Cell(2, "DecidedOn").Value.ShouldStartWith("2020-01-10", customMessage: reader);
            Cell(1, "LoggedAt").Type.ShouldBe("date", reader);
            Cell(1, "LoggedAt").Value.ShouldStartWith("2026-03-02T09:00:00", customMessage: reader);
            Cell(1, "Public").ShouldBe(("boolean", "True"), reader);
            Cell(2, "Public").ShouldBe(("boolean", "False"), reader);
            Cell(2, "Title").ShouldBe(("string", "Geen landelijke campagne; \"regio eerst\", met komma's"), reader);
        }
    }

    /// <summary>
    /// Issue 21: a title such as <c>=HYPERLINK(…)</c> logged by one organisation ran as a formula in another's
    /// spreadsheet. Every text cell that starts with = + - @, a tab or a CR now gets a <c>'</c> in front, in both CSV
    /// exports; <c>separator=semicolon</c> gives the <c>;</c>-separated file Dutch Excel expects.
    /// </summary>
    [Fact]
    public async Task csv_exports_neutralise_formulas_and_offer_semicolons_for_dutch_excel()
    {
        var programmeId = await App.RegisterProgramme(People);
        var vws = await Host.AddPartner(programmeId);
        var hostile = Samples.Decision(vws);
        hostile["title"] = "=HYPERLINK(\"https://example.invalid\",\"klik\")";
        hostile["chosenOption"] = "+31 20 000 0000";
        hostile["rationale"] = "@SUM(A1:A9)";
        await Host.LogDecision(programmeId, hostile);

        foreach (var (query, separator) in new[] { ("", ','), ("?separator=semicolon", ';') })
        {
            var bytes = await Bytes(await Get($"/api/programmes/{programmeId}/exports/decisions.csv{query}"));
            var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            text.Split('\n')[0].ShouldStartWith($"Id{separator}Title{separator}Status");
            var cells = ParseCsv(text, separator).Skip(1).Single();
            cells[1].ShouldBe("'=HYPERLINK(\"https://example.invalid\",\"klik\")");
            cells[5].ShouldBe("'+31 20 000 0000");
            cells[6].ShouldBe("'@SUM(A1:A9)");
        }
        var audit = Encoding.UTF8.GetString(await Bytes(await Get($"/api/programmes/{programmeId}/exports/audit.csv?separator=semicolon")));
        audit.TrimStart('\uFEFF').ShouldStartWith("EventId;StreamId;Version");
        await Get($"/api/programmes/{programmeId}/exports/audit.csv?separator=tab", 400);

        // The audit rows go through the same writer: each text column that could start a formula is escaped.
        var rows = ExportFiles.ToCsv([new AuditRow(Guid.Empty, Guid.Empty, 1, "2026-03-02T09:00:00Z", "DecisionLogged",
            "-1+1", "=HYPERLINK(\"x\")", "@sessie", "+partner", "=cmd|' /C calc'!A0", "\tOrganisatie", "\rx")], ExportFiles.CsvSeparator.Semicolon);
        var auditCells = ParseCsv(Encoding.UTF8.GetString(rows).TrimStart('\uFEFF'), ';').Skip(1).Single();
        auditCells[5..].ShouldBe(["'-1+1", "'=HYPERLINK(\"x\")", "'@sessie", "'+partner", "'=cmd|' /C calc'!A0", "'\tOrganisatie", "'\rx"]);
    }

    /// <summary>RFC 4180 as Python's csv module reads it: quoted fields may hold separators, quotes (doubled) and line breaks.</summary>
    private static List<string[]> ParseCsv(string text, char separator)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == separator) { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString()); field.Clear();
                rows.Add(row.ToArray()); row.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row.ToArray()); }
        return rows;
    }

    [Fact]
    public async Task the_audit_trail_as_csv_and_json_hold_the_same_entries_and_asOf_cuts_them_off()
    {
        var (programmeId, _, _) = await TwoDecisions();

        var csv = await Get($"/api/programmes/{programmeId}/exports/audit.csv");
        var json = await Get($"/api/programmes/{programmeId}/exports/audit.json");

        using var reader = CsvReader.Create(new StreamReader(new MemoryStream(await Bytes(csv)), Encoding.UTF8));
        var rows = reader.GetRecords<AuditRow>().ToList();
        var entries = (await json.ReadJson()).EnumerateArray().ToList();
        json.Context.Response.Headers.ContentDisposition.ToString().ShouldContain("audittrail.json");
        rows.Count.ShouldBeGreaterThan(2);
        rows.Select(r => r.EventId).ShouldBe(entries.Select(e => e.GetProperty("id").GetGuid()));
        rows.Select(r => r.RecordedAt).ShouldBe(entries.Select(e => e.GetProperty("recordedAt").GetString()));

        // As of a moment before the programme was registered there was no programme, so no trail either.
        await Get($"/api/programmes/{programmeId}/audit?asOf=2026-03-01", 404);
        var bad = await Get($"/api/programmes/{programmeId}/audit?asOf=gisteren", 400);
        (await bad.ReadJson()).GetProperty("errors").TryGetProperty("asOf", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task the_woo_export_shows_public_records_and_lists_the_others_by_ground_only()
    {
        var (programmeId, firstId, secondId) = await TwoDecisions();

        var result = await Get($"/api/programmes/{programmeId}/exports/woo");

        var text = await result.ReadAsTextAsync();
        var export = JsonDocument.Parse(text).RootElement;
        export.GetProperty("publicDecisions").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ShouldBe([firstId]);
        export.GetProperty("publicDecisions")[0].GetProperty("loggedAt").GetString().ShouldBe("2026-03-02T09:00:00Z");
        var withheld = export.GetProperty("withheldRecords").EnumerateArray().Single();
        withheld.GetProperty("id").GetGuid().ShouldBe(secondId);
        withheld.GetProperty("ground").GetString().ShouldBe("Persoonlijke beleidsopvattingen (Woo 5.2)");
        text.ShouldNotContain("Geen landelijke campagne");
        // Organisations and bodies, no people: the decision history keeps who recorded each step, the export does not.
        var history = export.GetProperty("publicDecisions")[0].GetProperty("history").EnumerateArray().ToList();
        history.ShouldNotBeEmpty();
        history.ShouldAllBe(h => h.GetProperty("person").ValueKind == JsonValueKind.Null && h.GetProperty("organisation").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task a_session_as_ics_parses_back_in_amsterdam_time_and_a_move_and_a_cancellation_update_it()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Facilitator);
        var sessionId = await Host.ScheduleReflectionSession(programmeId);
        var url = $"/api/programmes/{programmeId}/reflection-sessions/{sessionId}/calendar";

        var scheduled = Calendar.Load(await (await Get(url)).ReadAsTextAsync())!;
        scheduled.TimeZones.Single().TzId.ShouldBe("Europe/Amsterdam");
        var planned = scheduled.Events.Single();
        planned.Uid.ShouldBe($"{sessionId}@programmagovernance");
        planned.Start!.TzId.ShouldBe("Europe/Amsterdam");
        (planned.Start.Hour, planned.Start.Minute).ShouldBe((14, 0));
        planned.Sequence.ShouldBe(0);

        await Host.PostCommand($"/api/programmes/{programmeId}/reflection-sessions/{sessionId}/reschedule", new { startsAt = "2026-05-12T13:00", lengthMinutes = 90, reason = "Kamerdebat om 16:00" }, 204);
        var moved = Calendar.Load(await (await Get(url)).ReadAsTextAsync())!.Events.Single();
        moved.Uid.ShouldBe(planned.Uid);
        (moved.Start!.Hour, moved.End!.Hour, moved.End.Minute).ShouldBe((13, 14, 30));
        moved.Sequence.ShouldBe(1);

        await Host.PostCommand($"/api/programmes/{programmeId}/reflection-sessions/{sessionId}/cancellation", new { reason = "Kamervragen" }, 204);
        var cancelled = Calendar.Load(await (await Get($"/api/programmes/{programmeId}/exports/reflection-sessions.ics")).ReadAsTextAsync())!.Events.Single();
        cancelled.Status.ShouldBe("CANCELLED");
        cancelled.Sequence.ShouldBe(2);
    }

    [Fact]
    public async Task a_calendar_feed_opens_with_its_token_and_a_wrong_or_replaced_token_gets_nothing()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Facilitator);
        await Host.ScheduleReflectionSession(programmeId);
        var feeds = await (await Host.Scenario(s => { s.Post.Url("/api/me/calendar-feed-token"); s.StatusCodeShouldBe(200); })).ReadJson();
        var token = feeds.GetProperty("token").GetString()!;

        App.ActingAs = null; // a calendar app: no sign-in
        var feed = Calendar.Load(await (await Get($"/api/calendar-feeds/{token}/programmes/{programmeId}")).ReadAsTextAsync())!;
        feed.Events.Count.ShouldBe(1);
        var facilitatorFeed = Calendar.Load(await (await Get($"/api/calendar-feeds/{token}/reflection-sessions?facilitator=anna%20de%20vries")).ReadAsTextAsync())!;
        facilitatorFeed.Events.Count.ShouldBe(1);

        await Get($"/api/calendar-feeds/wrong-{token}/programmes/{programmeId}", 404);
        await Get($"/api/calendar-feeds/wrong-{token}/reflection-sessions?facilitator=Anna%20de%20Vries", 404);

        ActAs(People.Facilitator);
        await Host.Scenario(s => { s.Post.Url("/api/me/calendar-feed-token"); s.StatusCodeShouldBe(200); });
        App.ActingAs = null;
        await Get($"/api/calendar-feeds/{token}/programmes/{programmeId}", 404);
    }

    [Fact]
    public async Task a_feed_token_of_a_non_member_shows_no_programme_and_exports_need_the_read_right()
    {
        var programmeId = await App.RegisterProgramme(People);
        ActAs(People.Outsider);
        var feeds = await (await Host.Scenario(s => { s.Post.Url("/api/me/calendar-feed-token"); s.StatusCodeShouldBe(200); })).ReadJson();

        App.ActingAs = null;
        await Get($"/api/calendar-feeds/{feeds.GetProperty("token").GetString()}/programmes/{programmeId}", 404);
        await Get($"/api/programmes/{programmeId}/exports/decisions.csv", 401);

        ActAs(People.Outsider);
        foreach (var export in new[] { "decisions.csv", "decisions.xlsx", "audit.csv", "audit.json", "woo", "reflection-sessions.ics" })
            await Get($"/api/programmes/{programmeId}/exports/{export}", 404);
    }
}
