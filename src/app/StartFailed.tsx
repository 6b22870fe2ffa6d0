import { createRoot } from "react-dom/client";
import { Button } from "../ui/Button";
import { Message } from "../ui/Message";
import { ReplaceStaticShell } from "./StaticShell";

/**
 * What shows when the app could not start, in place of a skeleton that would stay up for good. The usual
 * cause is the browser's storage not answering: WebKit loses its IndexedDB connection after the app has
 * been in the background ("Connection to Indexed Database server lost"), and a reload reconnects.
 */
export function StartFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <main className="screen">
      <ReplaceStaticShell />
      <Message tone="error" title="Alga Tickets could not start" action={<Button onClick={onRetry}>Try again</Button>}>
        <p>The app could not open what it keeps on this device: the browser&apos;s storage did not answer.</p>
        <p>
          If this happens again, close Alga Tickets in your other tabs and windows, and make some room if the device is nearly full, then
          try again. Restarting the browser helps too.
        </p>
      </Message>
    </main>
  );
}

/** Runs the start-up; if it fails, says so in `container`, with a way to try again. */
export async function startOrExplain(start: () => Promise<void>, container: HTMLElement, retry = () => location.reload()): Promise<void> {
  try {
    await start();
  } catch {
    createRoot(container).render(<StartFailed onRetry={retry} />);
  }
}
