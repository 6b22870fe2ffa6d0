import type { ReactNode } from "react";
import { Link } from "react-router";
import "./TopBar.css";

/** The bar at the top of every screen: an optional way back, the screen's heading, its actions. */
export function TopBar({
  title,
  subtitle,
  back,
  actions,
}: {
  title: string;
  /** A second, smaller line under the heading (a ticket's client · contact). */
  subtitle?: string;
  back?: { to: string; label: string };
  actions?: ReactNode;
}) {
  return (
    <header className="top-bar">
      {back ? (
        <Link to={back.to} className="top-bar__back" aria-label={back.label}>
          <span aria-hidden="true">‹</span>
        </Link>
      ) : null}
      {subtitle ? (
        <div className="top-bar__heading">
          <h1 className="top-bar__title">{title}</h1>
          <p className="top-bar__subtitle" dir="auto">
            {subtitle}
          </p>
        </div>
      ) : (
        <h1 className="top-bar__title">{title}</h1>
      )}
      {actions ? <div className="top-bar__actions">{actions}</div> : null}
    </header>
  );
}
