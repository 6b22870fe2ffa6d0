import type { Area } from "../../catalogue-types";

/** Lengths of time: logged time, a timer's length, how long until an SLA target (i18n/duration.ts). */
export const duration = {
  minutes: "{n} min",
  hours: "{n} h",
  hoursMinutes: "{hours} h {minutes} min",
  days: { one: "{n} d", other: "{n} d" },
  daysHours: { one: "{n} d {hours} h", other: "{n} d {hours} h" },
} satisfies Area;
