// Drives the real host through the C# client Kiota generated from the served OpenAPI document (Generated/):
// register a programme, make the caller its director, add a partner, log a decision with dates, read it back and
// page the decision log. Prints what it read as JSON for the_openapi_document_is_a_contract to check.
// Arguments: the host's base address and the id of an administrator (sent as X-Demo-Person).
using System.Text.Json;
using Governance.Client;
using Governance.Client.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

var (baseUrl, administrator) = (args[0], Guid.Parse(args[1]));
var http = new HttpClient();
http.DefaultRequestHeaders.Add("X-Demo-Person", administrator.ToString());
var client = new GovernanceClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = baseUrl });

var programme = await client.Api.Programmes.PostAsync(new RegisterProgramme
{
    Name = "Kiota-programma", Opgave = "Een opgave", OpdrachtgeverOrganisation = "Ministerie van VWS",
    StartDate = new Date(2024, 1, 1), PlannedEndDate = new Date(2027, 12, 31),
});
var programmeId = programme!.Id!.Value;
var api = client.Api.Programmes[programmeId];
await api.Members.PostAsync(new AssignMember { PersonId = administrator, Role = MemberRole.Programmadirecteur });
var partner = await api.Partners.PostAsync(new AddPartner
{
    OrganisationName = "Ministerie van VWS", Layer = Bestuurslaag.Rijk, Role = PartnerRole.Opdrachtgever, JoinedOn = new Date(2024, 1, 1),
});
var decision = await api.Decisions.PostAsync(new LogDecision
{
    Title = "Besluit via Kiota", Context = "Context", ChosenOption = "Optie A", Rationale = "Omdat het kan.",
    DecidedBy = new DecidedByInput { PartnerId = partner!.Id }, DecidedOn = new Date(2024, 3, 11), ReviewOn = new Date(2024, 9, 30),
});
var read = await api.Decisions[decision!.Id!.Value].GetAsync();
var page = await api.Decisions.GetAsync(r => { r.QueryParameters.Offset = 0; r.QueryParameters.Limit = 1; r.QueryParameters.Sort = "title"; });

Console.WriteLine(JsonSerializer.Serialize(new
{
    programmeId,
    decisionId = decision.Id,
    title = read!.Title,
    decidedOn = read.DecidedOn?.ToString(),
    reviewOn = read.ReviewOn?.ToString(),
    loggedAt = read.LoggedAt?.ToString("O"),
    pageCount = page!.Count,
    pageFirst = page[0].Id,
}));
