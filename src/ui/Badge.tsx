import "./Badge.css";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger" | "muted";

/** Colour plus text: the colour never carries the meaning alone. */
export function Badge({ tone, children, label }: { tone: BadgeTone; children: string; label?: string }) {
  return (
    <span className={`badge badge--${tone}`} aria-label={label}>
      {children}
    </span>
  );
}
