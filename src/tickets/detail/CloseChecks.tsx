import type { CloseRuleFailure } from "../../api/close-rules";
import { adviceFor } from "../close-advice";
import { useT } from "../../i18n/active-language";
import { Button } from "../../ui/Button";
import type { SheetName } from "./sheet-name";
import { useChecklist } from "../checklist/use-checklist";

interface Problem {
  key: string;
  text: string;
  fix?: { label: string; run: () => void };
}

/**
 * What may stop Alga from closing the ticket, shown in Resolve before anything is sent, each with the way to
 * fix it. The app cannot read a board's close rules (fieldkit §7.1: no endpoint), so it says what it can know:
 * required checklist items still open (the checklist is on the device), and what the server named when it
 * refused this ticket's last close. The resolution-note rule is left out: the close carries its note.
 */
export function CloseChecks({
  ticketId,
  refused,
  showSection,
  openSheet,
}: {
  ticketId: string;
  /** The rules the server said failed when it refused this ticket's close still waiting in the outbox. */
  refused: CloseRuleFailure[];
  showSection: (section: string) => void;
  openSheet: (sheet: SheetName) => void;
}) {
  const t = useT();
  const { items } = useChecklist(ticketId);
  const open = items?.filter((item) => item.required && !item.completed).length ?? 0;
  const problems: Problem[] = [];
  if (open > 0) {
    problems.push({
      key: "checklist",
      text: t("ticket.checklistOpen", { n: open }),
      fix: { label: t("ticket.openChecklist"), run: () => showSection("checklist") },
    });
  }
  for (const failure of refused) {
    // The checklist is counted live above; the note is part of this close.
    if (failure.rule === "checklist_incomplete" || failure.rule === "resolution_comment") continue;
    const advice = adviceFor(failure);
    const fix =
      advice.section === "time"
        ? { label: t("ticket.logTime"), run: () => openSheet("time") }
        : advice.section === "fields"
          ? { label: t("ticket.openDetails"), run: () => showSection("details") }
          : undefined;
    problems.push({ key: failure.rule, text: t("ticket.algaSaid", { problem: advice.problem }), fix });
  }
  if (problems.length === 0) return null;
  return (
    <section className="close-checks" aria-labelledby="close-checks-heading">
      <h3 id="close-checks-heading" className="close-checks__heading">
        {t("ticket.beforeYouClose")}
      </h3>
      <ul className="close-checks__items">
        {problems.map((problem) => (
          <li key={problem.key} className="close-checks__item">
            <span>{problem.text}</span>
            {problem.fix ? (
              <Button variant="secondary" onClick={problem.fix.run}>
                {problem.fix.label}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="close-checks__note">{t("ticket.closeChecksNote")}</p>
    </section>
  );
}
