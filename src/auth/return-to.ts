/** Where a sign-in may come back to: the app's own screens, never the callback itself nor another site. */
const APP_PATHS = /^\/(tickets|settings)(\/|$)/;

/**
 * `returnTo` from the address bar, made safe. Browsers read `/\evil.com` and `/<TAB>/evil.com`
 * as another host, so the value is parsed the way the browser will, and only a path of this app survives.
 */
export function safeReturnTo(value: string | null, origin: string = location.origin): string {
  // Backslashes, tabs and newlines are how a path turns into a host (the URL parser drops the latter); no app path has them.
  if (!value || !value.startsWith("/") || /[\\\s]/.test(value)) return "/tickets";
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/tickets";
  }
  return url.origin === origin && APP_PATHS.test(url.pathname) ? `${url.pathname}${url.search}` : "/tickets";
}
