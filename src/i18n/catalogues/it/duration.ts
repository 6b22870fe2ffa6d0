import type { Catalogue } from "../../catalogue-types";

export const duration = {
  minutes: "{n} min",
  hours: "{n} h",
  hoursMinutes: "{hours} h {minutes} min",
  days: { one: "{n} giorno", many: "{n} giorni", other: "{n} giorni" },
  daysHours: { one: "{n} giorno {hours} h", many: "{n} giorni {hours} h", other: "{n} giorni {hours} h" },
} satisfies Catalogue["duration"];
