using System.Net;
using System.Text.RegularExpressions;
using Alba;
using Governance.Host.Infrastructure;
using Governance.Projections.Directory;
using Marten;

namespace Governance.Host.Tests.Infrastructure;

/// <summary>
/// Issue 21 §1 for the third way text comes in, a page form (docs/api.md "Control characters"): a real form is
/// fetched, its antiforgery token and cookie taken, and a field posted with a C0 control. With U+0007 or U+001B the
/// person gets the same form back with what they typed and the error on that field; U+0000 ASP.NET cannot read in a
/// form at all (not even the antiforgery token), so that one is the Dutch error page naming the field, with the way
/// back to the form. Never a 5xx, nothing written; the same form without the character is accepted, so no refusal
/// here is the antiforgery check's.
/// </summary>
public class page_forms_refuse_control_characters(AppFixture app) : HostTest(app)
{
    [Fact]
    public async Task a_page_form_with_a_control_character_comes_back_with_the_error_on_that_field_and_writes_nothing()
    {
        using var client = Host.Server.CreateClient();
        var (token, cookie) = await AntiforgeryOf(client, "/beheer/organisaties");
        var before = await Organisations();
        // The same form without the character is accepted: the refusals below are not the antiforgery check's.
        var accepted = await PostForm(client, "/beheer/organisaties", cookie, new() { ["Name"] = "Gemeente Zeist", ["Layer"] = "gemeente", ["__RequestVerificationToken"] = token });
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());
        (await Organisations()).ShouldBe(before + 1);
        before++;

        foreach (var name in new[] { "Gemeente\u0007Zeist", "Gemeente\u001bZeist" })
        {
            var answer = await PostForm(client, "/beheer/organisaties", cookie, new() { ["Name"] = name, ["Layer"] = "gemeente", ["__RequestVerificationToken"] = token });
            var html = await answer.Content.ReadAsStringAsync();
            ((int)answer.StatusCode).ShouldBeLessThan(500, html);
            answer.StatusCode.ShouldBe(HttpStatusCode.OK, html);
            // The form again: the summary links to the field, the field is marked and says why.
            html.ShouldContain("Er is 1 fout in het formulier");
            html.ShouldContain("href=\"#name\"");
            Regex.IsMatch(html, "<input[^>]*id=\"name\"[^>]*aria-invalid=\"true\"").ShouldBeTrue("the name field is marked invalid");
            WebUtility.HtmlDecode(Regex.Match(html, "<p class=\"utrecht-form-field-error-message\" id=\"name-fout\">([^<]*)</p>").Groups[1].Value)
                .ShouldBe(ControlCharacters.PageFieldMessage);
            // What was typed is kept (the control character only as a character reference, never raw in the page).
            html.ShouldContain("value=\"Gemeente&#x");
            Regex.IsMatch(html, "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]").ShouldBeFalse("no raw control character in the page");
        }
        (await Organisations()).ShouldBe(before);

        var nul = await PostForm(client, "/beheer/organisaties", cookie, new() { ["Name"] = "Gemeente\u0000Zeist", ["Layer"] = "gemeente", ["__RequestVerificationToken"] = token });
        var page = WebUtility.HtmlDecode(await nul.Content.ReadAsStringAsync());
        nul.StatusCode.ShouldBe(HttpStatusCode.BadRequest, page);
        page.ShouldContain(ControlCharacters.Message("Name"));
        page.ShouldContain("<a class=\"utrecht-link\" href=\"/beheer/organisaties\">Terug naar het formulier</a>");
        (await Organisations()).ShouldBe(before);
    }

    private async Task<int> Organisations()
    {
        await using var session = Host.DocumentStore().QuerySession();
        return await session.Query<DirectoryOrganisation>().CountAsync();
    }

    [Fact]
    public async Task a_page_that_carries_out_no_command_answers_the_dutch_error_page_naming_the_field()
    {
        using var client = Host.Server.CreateClient();
        var (token, cookie) = await AntiforgeryOf(client, "/beheer/organisaties");

        // Sign-out runs no command: its handler never sees the text (a sign-out would redirect), the error page names the field.
        var answer = await PostForm(client, "/afmelden", cookie, new() { ["Reden"] = "Klaar\u0007", ["__RequestVerificationToken"] = token });
        var html = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest, html);
        html.ShouldContain("Verzoek niet begrepen");
        html.ShouldContain(ControlCharacters.Message("Reden"));
    }

    private async Task<(string Token, string Cookie)> AntiforgeryOf(HttpClient client, string page)
    {
        var form = await Send(client, HttpMethod.Get, page, cookie: null);
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await form.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeNullOrEmpty("the page's form carries an antiforgery token");
        var cookie = form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("governance-antiforgery="));
        return (token, cookie);
    }

    private Task<HttpResponseMessage> PostForm(HttpClient client, string url, string cookie, Dictionary<string, string> fields) =>
        Send(client, HttpMethod.Post, url, cookie, new FormUrlEncodedContent(fields));

    /// <summary>As the administrator (the development sign-in header), with the antiforgery cookie when there is one.</summary>
    private async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, string? cookie, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add(AppFixture.DemoPersonHeader, People.Administrator.ToString());
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
