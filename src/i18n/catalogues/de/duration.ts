import type { Catalogue } from "../../catalogue-types";

export const duration = {
  minutes: "{n} Min.",
  hours: "{n} Std.",
  hoursMinutes: "{hours} Std. {minutes} Min.",
  days: { one: "{n} Tag", other: "{n} Tage" },
  daysHours: { one: "{n} Tag {hours} Std.", other: "{n} Tage {hours} Std." },
} satisfies Catalogue["duration"];
