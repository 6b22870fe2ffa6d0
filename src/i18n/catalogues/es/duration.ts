import type { Catalogue } from "../../catalogue-types";

export const duration = {
  minutes: "{n} min",
  hours: "{n} h",
  hoursMinutes: "{hours} h {minutes} min",
  days: { one: "{n} d", many: "{n} d", other: "{n} d" },
  daysHours: { one: "{n} d {hours} h", many: "{n} d {hours} h", other: "{n} d {hours} h" },
} satisfies Catalogue["duration"];
