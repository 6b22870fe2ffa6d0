import type { Catalogue } from "../../catalogue-types";

export const duration = {
  minutes: "{n} min",
  hours: "{n} uur",
  hoursMinutes: "{hours} uur {minutes} min",
  days: { one: "{n} dag", other: "{n} dagen" },
  daysHours: { one: "{n} dag {hours} uur", other: "{n} dagen {hours} uur" },
} satisfies Catalogue["duration"];
