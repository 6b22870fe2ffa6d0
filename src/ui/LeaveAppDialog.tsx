import { useEffect, useRef } from "react";
import { useT } from "../i18n/active-language";
import { Button } from "./Button";
import { linkDestination } from "./link-destination";
import "./LeaveAppDialog.css";

/**
 * Says where a link from ticket content goes before it opens: the host in full, as the browser will
 * reach it (international names show as punycode, so a look-alike address cannot hide), a warning
 * when the link's text names another address, and the whole address below. The app sees only the first
 * host: it never presents a site that may forward the tap (any site but the user's Alga server) as where the
 * link ends, and warns that a sign-in asked for after such a tap is not the app's (security review H1′).
 */
export function LeaveAppDialog({ url, linkText, server, onClose }: { url: URL; linkText: string; server: string; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);
  const shownHost = hostInText(linkText);
  const destination = linkDestination(url, server);
  return (
    <dialog ref={dialog} className="leave-app" aria-labelledby="leave-app-title" onClose={onClose}>
      <h2 id="leave-app-title" className="leave-app__title">
        {t("ui.leaveTitle")}
      </h2>
      <p>{t("ui.leaveGoesTo")}</p>
      <p className="leave-app__host">{url.host}</p>
      {destination === "alga" ? <p>{t("ui.leaveAlgaServer")}</p> : null}
      {destination === "unknown" ? <p>{t("ui.leaveUnknownSite")}</p> : null}
      {destination === "forwarder" ? <p className="leave-app__warning">{t("ui.leaveForwarder", { host: url.hostname })}</p> : null}
      {url.hostname.split(".").some((label) => label.startsWith("xn--")) ? (
        <p className="leave-app__warning">{t("ui.leavePunycode")}</p>
      ) : null}
      {shownHost && shownHost !== url.hostname ? (
        <p className="leave-app__warning">{t("ui.leaveMismatch", { shown: shownHost, host: url.hostname })}</p>
      ) : null}
      {url.protocol === "http:" ? <p className="leave-app__warning">{t("ui.leaveNotEncrypted")}</p> : null}
      <p className="leave-app__url">{url.href}</p>
      {destination === "alga" ? null : <p className="leave-app__warning">{t("ui.leaveNoSignIn")}</p>}
      <div className="leave-app__actions">
        <Button variant="secondary" onClick={onClose}>
          {t("ui.cancel")}
        </Button>
        <a className="button button--primary" href={url.href} target="_blank" rel="noopener noreferrer" onClick={onClose}>
          {destination === "forwarder" ? t("ui.leaveOpenAnyway") : t("ui.leaveOpen", { host: url.hostname })}
        </a>
      </div>
    </dialog>
  );
}

/** The host a link's visible text claims (`https://bank.example/x`, `www.bank.example`), if it claims one. */
function hostInText(text: string): string | null {
  const candidate = text.trim();
  if (!/^(https?:\/\/)?[^\s/]+\.[a-z]{2,}(\/\S*)?$/i.test(candidate)) return null;
  try {
    return new URL(/^https?:\/\//i.test(candidate) ? candidate : `https://${candidate}`).hostname;
  } catch {
    return null;
  }
}
