import "./Badge.css";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger" | "muted";

/** Colour plus text: the colour never carries the meaning alone. */
export function Badge({ tone, children, prefix }: { tone: BadgeTone; children: string; prefix?: string }) {
  return (
    <span className={`badge badge--${tone}`}>
      {prefix ? <span className="visually-hidden">{prefix} </span> : null}
      {children}
    </span>
  );
}
