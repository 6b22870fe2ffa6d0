import { useId, type ReactNode } from "react";
import { useT } from "../i18n/active-language";
import { Button } from "./Button";

/**
 * The question a sheet shows in place of its form before something that cannot be undone: the action first and
 * focused (the user just asked for it), then Back to the form. Styled by the sheets' `.sheet-confirm`.
 */
export function ConfirmStep({
  question,
  action,
  onConfirm,
  onBack,
}: {
  question: ReactNode;
  action: string;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const t = useT();
  const questionId = useId();
  return (
    <div className="sheet-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <Button variant="danger" autoFocus onClick={onConfirm}>
        {action}
      </Button>
      <Button variant="secondary" onClick={onBack}>
        {t("ui.back")}
      </Button>
    </div>
  );
}
