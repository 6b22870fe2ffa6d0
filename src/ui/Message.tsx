import type { ReactNode } from "react";
import "./Message.css";

/** A full-width state for a screen or a section: empty, error, offline. */
export function Message({
  title,
  children,
  action,
  tone = "neutral",
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  tone?: "neutral" | "error";
}) {
  return (
    <div className={`message message--${tone}`} role={tone === "error" ? "alert" : "status"}>
      <p className="message__title">{title}</p>
      {children ? <div className="message__body">{children}</div> : null}
      {action ? <div className="message__action">{action}</div> : null}
    </div>
  );
}
