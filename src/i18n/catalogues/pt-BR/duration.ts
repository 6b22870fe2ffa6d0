import type { Catalogue } from "../../catalogue-types";

export const duration = {
  minutes: "{n} min",
  hours: "{n} h",
  hoursMinutes: "{hours} h {minutes} min",
  days: { one: "{n} dia", many: "{n} dias", other: "{n} dias" },
  daysHours: { one: "{n} dia {hours} h", many: "{n} dias {hours} h", other: "{n} dias {hours} h" },
} satisfies Catalogue["duration"];
