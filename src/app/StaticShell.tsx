import { useLayoutEffect } from "react";
import { SkeletonList } from "../ui/Skeleton";
import { useT } from "../i18n/active-language";
// In the first stylesheet, which index.html loads before the body paints: the shell's top bar uses it.
import "../ui/TopBar.css";

/**
 * index.html paints a static shell (the top bar and a list skeleton, styled by the app's own
 * stylesheet) before any JavaScript runs. It stays until the first screen commits and goes in that
 * same commit, before the browser paints: replaced, never flashed.
 */
const SHELL_ID = "static-shell";

/** Rendered beside the screen: its layout effect runs only once the screen itself has committed. */
export function ReplaceStaticShell() {
  useLayoutEffect(() => document.getElementById(SHELL_ID)?.remove(), []);
  return null;
}

/** While a screen's code loads: nothing over the static shell at start-up, a skeleton afterwards. */
export function ScreenFallback() {
  const t = useT();
  if (document.getElementById(SHELL_ID)) return null;
  return <SkeletonList rows={4} label={t("app.loading")} />;
}
