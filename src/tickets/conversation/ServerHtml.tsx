import { useMemo, useState, type MouseEvent } from "react";
import { LeaveAppDialog } from "../../ui/LeaveAppDialog";
import { sanitizeHtml } from "./sanitize-html";

/**
 * HTML from the Alga server (ticket description, comment), sanitised, with every link that leaves the
 * app going through a confirmation that names where it goes.
 */
export function ServerHtml({ html, server, className }: { html: string; server: string; className: string }) {
  const clean = useMemo(() => sanitizeHtml(html, server), [html, server]);
  const [leaving, setLeaving] = useState<{ url: URL; text: string } | null>(null);

  // Click covers taps, Enter and modified clicks; auxclick covers the middle button, which opens a tab directly.
  function confirmLeaving(event: MouseEvent<HTMLDivElement>) {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (!link?.href || !/^https?:$/.test(link.protocol)) return;
    event.preventDefault();
    setLeaving({ url: new URL(link.href), text: link.textContent ?? "" });
  }

  return (
    <>
      {/* Sanitised with DOMPurify (sanitize-html.ts); the handlers only intercept clicks on its links. */}
      <div
        className={className}
        dir="auto"
        onClick={confirmLeaving}
        onAuxClick={confirmLeaving}
        dangerouslySetInnerHTML={{ __html: clean }}
      />
      {leaving ? <LeaveAppDialog url={leaving.url} linkText={leaving.text} server={server} onClose={() => setLeaving(null)} /> : null}
    </>
  );
}
