// Validates answers the host gave against the schemas the OpenAPI document states for them, with Ajv (JSON Schema
// 2020-12, the dialect of OpenAPI 3.1) in strict mode, formats checked (ajv-formats). Every object schema of the
// document is closed (additionalProperties: false) here, so an answer with a property the document does not name
// fails too. Usage: node conform.mjs openapi.json answers.json, where answers.json is a list of
// { method, path (the document's template), status, contentType, body }. Prints { checked, failures }.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [documentPath, answersPath] = process.argv.slice(2);
const document = JSON.parse(readFileSync(documentPath, "utf8"));
const answers = JSON.parse(readFileSync(answersPath, "utf8"));

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: true });
addFormats(ajv);
// OpenAPI's own schema keywords, allowed beside JSON Schema's.
ajv.addVocabulary(["example", "discriminator", "xml", "externalDocs"]);

function closed(schema) {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== "object") return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === "properties" ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, closed(s)])) : closed(v)]));
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}
const definitions = closed(document.components?.schemas ?? {});
ajv.addSchema({ $id: "openapi", $defs: definitions });
const toDefs = (schema) => JSON.parse(JSON.stringify(closed(schema)).replaceAll('"#/components/schemas/', '"openapi#/$defs/'));
for (const [name, schema] of Object.entries(definitions)) definitions[name] = toDefs(schema);
ajv.removeSchema("openapi");
ajv.addSchema({ $id: "openapi", $defs: definitions });

const failures = [];
let checked = 0;
for (const answer of answers) {
  const name = `${answer.method} ${answer.path} ${answer.status}`;
  const response = document.paths?.[answer.path]?.[answer.method.toLowerCase()]?.responses?.[String(answer.status)];
  if (!response) { failures.push(`${name}: the document lists no ${answer.status} answer`); continue; }
  const mediaType = (answer.contentType ?? "").split(";")[0].trim();
  const schema = response.content?.[mediaType]?.schema;
  if (!schema) { failures.push(`${name}: the document states no schema for ${mediaType}`); continue; }
  const validate = ajv.compile(toDefs(schema));
  checked++;
  if (!validate(answer.body))
    failures.push(`${name}: ${validate.errors.slice(0, 5).map(e => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`).join("; ")}`);
}
console.log(JSON.stringify({ checked, failures }));
