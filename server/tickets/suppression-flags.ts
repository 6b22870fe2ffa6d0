import type { z } from "zod";

/** Suppressing internal notifications requires suppressing the contact's too (contract §7.2, fieldkit §2.1). */
export function checkSuppressionPair(
  flags: { suppressContactNotifications?: boolean; suppressInternalNotifications?: boolean },
  issues: z.RefinementCtx,
): void {
  if (flags.suppressInternalNotifications && !flags.suppressContactNotifications) {
    issues.addIssue({
      code: "custom",
      path: ["suppressInternalNotifications"],
      message: "suppressInternalNotifications requires suppressContactNotifications",
    });
  }
}
