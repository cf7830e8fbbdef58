// Drives the real host through a TypeScript client typed by openapi-typescript from the served OpenAPI document
// (generated/api.d.ts) and openapi-fetch: register a programme, make the caller its director, add a partner, log a
// decision with dates, read it back and page the decision log. tsc --strict compiles it first, so a request or
// answer that does not fit the document's types fails the test before it runs. Prints what it read as JSON.
// Arguments: the host's base address and the id of an administrator (sent as X-Demo-Person).
import createClient from "openapi-fetch";
import type { paths } from "./generated/api.js";

const [baseUrl, administrator] = process.argv.slice(2) as [string, string];
const client = createClient<paths>({ baseUrl, headers: { "X-Demo-Person": administrator } });

function ok<T>(answer: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (answer.data === undefined && answer.response.status !== 204)
    throw new Error(`${what}: ${answer.response.status} ${JSON.stringify(answer.error)}`);
  return answer.data as T;
}

const programme = ok(await client.POST("/api/programmes", {
  body: { name: "TypeScript-programma", opgave: "Een opgave", opdrachtgeverOrganisation: "Ministerie van VWS", startDate: "2024-01-01", plannedEndDate: "2027-12-31" },
}), "registerProgramme");
const programmeId = programme.id;
const path = { programmeId };
const member = await client.POST("/api/programmes/{programmeId}/members", {
  params: { path }, body: { personId: administrator, role: "programmadirecteur", partnerId: null },
});
if (member.response.status !== 204) throw new Error(`assignMember: ${member.response.status}`);
const partner = ok(await client.POST("/api/programmes/{programmeId}/partners", {
  params: { path }, body: { organisationName: "Ministerie van VWS", layer: "rijk", role: "opdrachtgever", joinedOn: "2024-01-01" },
}), "addPartner");
const created = await client.POST("/api/programmes/{programmeId}/decisions", {
  params: { path },
  body: {
    title: "Besluit via TypeScript", context: "Context", chosenOption: "Optie A", rationale: "Omdat het kan.",
    decidedBy: { partnerId: partner.id, bodyId: null }, decidedOn: "2024-03-11", reviewOn: "2024-09-30",
  },
});
const decision = ok(created, "logDecision");
const read = ok(await client.GET("/api/programmes/{programmeId}/decisions/{decisionId}", {
  params: { path: { programmeId, decisionId: decision.id } },
}), "getDecision");
const pageAnswer = await client.GET("/api/programmes/{programmeId}/decisions", {
  params: { path, query: { offset: 0, limit: 1, sort: "title" } },
});
const page = ok(pageAnswer, "listDecisions");

console.log(JSON.stringify({
  programmeId,
  decisionId: decision.id,
  location: created.response.headers.get("Location"),
  eTag: created.response.headers.get("ETag"),
  title: read.title,
  decidedOn: read.decidedOn,
  reviewOn: read.reviewOn,
  loggedAt: read.loggedAt,
  pageCount: page.length,
  pageFirst: page[0]?.id,
  totalCount: pageAnswer.response.headers.get("X-Total-Count"),
}));
