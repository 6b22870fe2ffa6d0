import { createRoot } from "react-dom/client";
import { Button } from "../ui/Button";
import { Message } from "../ui/Message";
import { ReplaceStaticShell } from "./StaticShell";
import { useT } from "../i18n/active-language";
import { startLanguage } from "../i18n/language-choice";

/**
 * What shows when the app could not start, in place of a skeleton that would stay up for good. The usual
 * cause is the browser's storage not answering: WebKit loses its IndexedDB connection after the app has
 * been in the background ("Connection to Indexed Database server lost"), and a reload reconnects.
 */
export function StartFailed({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <main className="screen">
      <ReplaceStaticShell />
      <Message tone="error" title={t("app.startFailedTitle")} action={<Button onClick={onRetry}>{t("app.tryAgain")}</Button>}>
        <p>{t("app.startFailedCause")}</p>
        <p>{t("app.startFailedAdvice")}</p>
      </Message>
    </main>
  );
}

/** Runs the start-up; if it fails, says so in `container`, with a way to try again. */
export async function startOrExplain(start: () => Promise<void>, container: HTMLElement, retry = () => location.reload()): Promise<void> {
  try {
    await start();
  } catch {
    // The start may have failed before its language was loaded (it loads alongside the screen's code).
    await startLanguage().catch(() => undefined);
    createRoot(container).render(<StartFailed onRetry={retry} />);
  }
}
