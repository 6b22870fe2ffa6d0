import type { CloseRuleFailure } from "../api/close-rules";
import { t } from "../i18n/active-language";
import type { MessageKey } from "../i18n/catalogue-types";
import { activeLocale } from "../lib/user-locale";

export interface RuleAdvice {
  /** What is wrong, in the technician's words. */
  problem: string;
  /** What to do about it. */
  action: string;
  /** Which part of the ticket screen fixes it. */
  section: "comments" | "time" | "checklist" | "bundle" | "fields" | null;
}

const FIELD_NAMES: Record<string, MessageKey> = {
  category_id: "errors.fieldCategory",
  subcategory_id: "errors.fieldSubcategory",
  priority_id: "errors.fieldPriority",
  assigned_to: "errors.fieldAssignee",
};

/**
 * Plain words for one failed close rule (fieldkit §7.1), in the active language: called when shown, so a refusal
 * kept in the outbox reads in the language of the moment. An unknown rule falls back to the server's own message.
 */
export function adviceFor(failure: CloseRuleFailure): RuleAdvice {
  switch (failure.rule) {
    case "resolution_comment":
      return { problem: t("errors.resolutionNote"), action: t("errors.resolutionNoteFix"), section: "comments" };
    case "time_entry":
      return { problem: t("errors.noTime"), action: t("errors.noTimeFix"), section: "time" };
    case "checklist_incomplete":
      return {
        problem: t("errors.checklistOpen", { n: failure.incomplete_count ?? 1 }),
        action: t("errors.checklistFix"),
        section: "checklist",
      };
    case "open_children":
      return { problem: t("errors.bundleOpen", { n: failure.open_children_count ?? 1 }), action: t("errors.bundleFix"), section: "bundle" };
    case "required_fields": {
      const names = (failure.missing_fields ?? []).map((field) => (FIELD_NAMES[field] ? t(FIELD_NAMES[field]) : field));
      const fields = names.length > 0 ? new Intl.ListFormat(activeLocale(), { type: "unit" }).format(names) : t("errors.requiredFields");
      return { problem: t("errors.missingFields", { fields }), action: t("errors.missingFieldsFix"), section: "fields" };
    }
    default:
      return { problem: failure.message, action: t("errors.otherRuleFix"), section: null };
  }
}
