// Reads an .ics with ical.js (the parser behind Thunderbird and Nextcloud), resolving local times with the zone the
// file itself defines (its VTIMEZONE), and prints the events as JSON: uid, summary, description, url and the UTC
// instants of start and end. Used by the host tests (the calendars_land_at_the_right_hour_*).
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
const zones = calendar.getAllSubcomponents("vtimezone").map(z => new ICAL.Timezone(z));
for (const zone of zones) ICAL.TimezoneService.register(zone, zone.tzid);
const events = calendar.getAllSubcomponents("vevent").map(v => {
  const event = new ICAL.Event(v);
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description,
    url: v.getFirstPropertyValue("url"),
    startZone: event.startDate.zone?.tzid ?? null,
    startUtc: event.startDate.toJSDate().toISOString(),
    endUtc: event.endDate.toJSDate().toISOString(),
  };
});
const zoneRules = calendar.getAllSubcomponents("vtimezone").map(z => ({
  tzid: z.getFirstPropertyValue("tzid"),
  standard: z.getAllSubcomponents("standard").length,
  daylight: z.getAllSubcomponents("daylight").length,
}));
console.log(JSON.stringify({ zones: zoneRules, events }));
