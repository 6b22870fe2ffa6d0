import { Link, type LinkProps } from "react-router";
import "./Button.css";

/** A link that looks like a button: navigation stays a link for screen readers and middle-click. */
export function ButtonLink({ variant = "primary", className, ...rest }: LinkProps & { variant?: "primary" | "secondary" }) {
  return <Link {...rest} className={["button", `button--${variant}`, className].filter(Boolean).join(" ")} />;
}
