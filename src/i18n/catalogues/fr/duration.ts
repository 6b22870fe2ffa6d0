import type { Catalogue } from "../../catalogue-types";

export const duration = {
  minutes: "{n} min",
  hours: "{n} h",
  hoursMinutes: "{hours} h {minutes} min",
  days: { one: "{n} j", many: "{n} j", other: "{n} j" },
  daysHours: { one: "{n} j {hours} h", many: "{n} j {hours} h", other: "{n} j {hours} h" },
} satisfies Catalogue["duration"];
