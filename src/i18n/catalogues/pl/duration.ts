import type { Catalogue } from "../../catalogue-types";

export const duration = {
  minutes: "{n} min",
  hours: "{n} godz.",
  hoursMinutes: "{hours} godz. {minutes} min",
  days: { one: "{n} dzień", few: "{n} dni", many: "{n} dni", other: "{n} dnia" },
  daysHours: {
    one: "{n} dzień {hours} godz.",
    few: "{n} dni {hours} godz.",
    many: "{n} dni {hours} godz.",
    other: "{n} dnia {hours} godz.",
  },
} satisfies Catalogue["duration"];
