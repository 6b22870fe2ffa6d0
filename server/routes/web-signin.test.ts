import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handoff, locationOf, startTestSandbox, webSessionCookie, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

/** The form page's CSRF cookie and hidden field, as a browser that opened the page holds them. */
async function openForm(headers: Record<string, string> = {}): Promise<{ cookie: string; csrfToken: string }> {
  const page = await fetch(`${sandbox.api}/auth/msp/signin`, { headers });
  const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const csrfToken = /name="csrfToken" value="([^"]+)"/.exec(await page.text())?.[1] ?? "";
  return { cookie, csrfToken };
}

function postForm(fields: Record<string, string>, cookie: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${sandbox.api}/auth/msp/signin`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Fills and submits the form the way a browser does: open the page, post it back with its token. */
async function signInForm(fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  const { cookie, csrfToken } = await openForm(headers);
  return postForm({ ...fields, csrfToken }, cookie, headers);
}

describe("web sign-in", () => {
  it("sends a visitor to the sign-in form, keeping callbackUrl", async () => {
    const response = await fetch(`${sandbox.api}/auth/signin?callbackUrl=${encodeURIComponent("/auth/mobile/handoff?x=1")}`, {
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/auth/msp/signin?callbackUrl=${encodeURIComponent("/auth/mobile/handoff?x=1")}`);
  });

  it("renders an accessible form without form-action in its CSP and without inline script or style", async () => {
    const response = await fetch(`${sandbox.api}/auth/msp/signin?callbackUrl=%2Fx`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("<title>Sign in – Alga PSA sandbox</title>");
    expect(html).toContain("Alga PSA sandbox");
    expect(html).toMatch(/<label for="email">Email<\/label>/);
    expect(html).toMatch(/<label for="password">Password<\/label>/);
    expect(html).toContain("tech@example.com");
    expect(html).not.toMatch(/<script|style=/);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("form-action");
    expect((await fetch(`${sandbox.api}/auth/msp/signin.css`)).headers.get("content-type")).toContain("text/css");
  });

  it("signs in with the demo password and returns to a same-origin callbackUrl with 303", async () => {
    const callbackUrl = `${sandbox.api}/auth/mobile/handoff?redirect=x&state=y`;
    const response = await signInForm({ email: "tech@example.com", password: "alga-demo", callbackUrl });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(callbackUrl);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^alga_sandbox_session=/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
  });

  it("ignores a callbackUrl on another origin", async () => {
    const response = await signInForm({ email: "tech@example.com", password: "alga-demo", callbackUrl: "https://evil.example/steal" });
    expect(response.headers.get("location")).toBe("/auth/signin");
  });

  it("re-renders the form with an error and the typed email after a wrong password", async () => {
    const response = await signInForm({ email: "tech@example.com", password: "wrong", callbackUrl: "/x" });
    const html = await response.text();
    expect(response.status).toBe(401);
    expect(response.headers.get("set-cookie")).not.toContain("alga_sandbox_session");
    expect(html).toContain('role="alert"');
    expect(html).toContain('value="tech@example.com"');
    expect(html).toContain('name="callbackUrl" value="/x"');
  });

  it("lets client-portal users sign in on the web", async () => {
    const response = await signInForm({ email: "client@example.com", password: "alga-demo" });
    expect(response.status).toBe(303);
  });

  it("sends a signed-in user straight to a same-origin callbackUrl, and elsewhere to /", async () => {
    const cookie = await webSessionCookie(sandbox.api);
    const same = await fetch(`${sandbox.api}/auth/signin?callbackUrl=${encodeURIComponent(`${sandbox.api}/auth/mobile/handoff?a=1`)}`, {
      redirect: "manual",
      headers: { cookie },
    });
    expect(same.headers.get("location")).toBe(`${sandbox.api}/auth/mobile/handoff?a=1`);
    const other = await fetch(`${sandbox.api}/auth/signin?callbackUrl=${encodeURIComponent("https://evil.example/")}`, {
      redirect: "manual",
      headers: { cookie },
    });
    expect(other.headers.get("location")).toBe("/");
  });

  it("shows a page saying the app's sign-in link was invalid", async () => {
    const response = await fetch(`${sandbox.api}/auth/signin?error=invalid_redirect`);
    expect(await response.text()).toContain("sign-in link was invalid");
  });

  it("completes the whole browser round trip: handoff → sign-in → handoff → app", async () => {
    const first = await handoff(sandbox.api, undefined, "round");
    const signInUrl = locationOf(first);
    const formRedirect = await fetch(`${sandbox.api}${signInUrl.pathname}${signInUrl.search}`, { redirect: "manual" });
    const formUrl = locationOf(formRedirect);
    const signedIn = await signInForm({
      email: "tech@example.com",
      password: "alga-demo",
      callbackUrl: formUrl.searchParams.get("callbackUrl") ?? "",
    });
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const back = await fetch(signedIn.headers.get("location") ?? "", { redirect: "manual", headers: { cookie } });
    expect(locationOf(back).searchParams.get("ott")).toBeTruthy();
    expect(locationOf(back).searchParams.get("state")).toBe("round");
  });

  it("refuses a form posted without the page's token, as one posted from another site would be (login CSRF)", async () => {
    const { cookie, csrfToken } = await openForm();
    const withoutToken = await postForm({ email: "tech@example.com", password: "alga-demo" }, cookie);
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.headers.get("set-cookie")).not.toContain("alga_sandbox_session");
    expect(await withoutToken.text()).toContain("This sign-in page has expired. Sign in again.");
    const withoutCookie = await postForm({ email: "tech@example.com", password: "alga-demo", csrfToken }, "");
    expect(withoutCookie.status).toBe(403);
    const otherToken = await postForm({ email: "tech@example.com", password: "alga-demo", csrfToken: `${csrfToken.slice(1)}x` }, cookie);
    expect(otherToken.status).toBe(403);
  });

  it("refuses a form posted from another port of this machine, which can set the token's cookie itself", async () => {
    // Cookies are not kept apart by port: a page on localhost:<other port> can plant a token it knows.
    const tossed = "alga_sandbox_csrf=attacker-known-token";
    const fields = { email: "dispatch@example.com", password: "alga-demo", csrfToken: "attacker-known-token" };
    const otherPort = await postForm(fields, tossed, { origin: "http://localhost:1" });
    expect(otherPort.status).toBe(403);
    expect(otherPort.headers.get("set-cookie")).not.toContain("alga_sandbox_session");
    expect((await postForm(fields, tossed, { origin: "null" })).status).toBe(403);
    // The sandbox's own page, as a browser posts it.
    const own = new URL(sandbox.api).origin;
    expect((await signInForm({ email: "tech@example.com", password: "alga-demo" }, { origin: own })).status).toBe(303);
  });

  it("keeps the token a browser already has, so two sign-in tabs both work", async () => {
    const first = await openForm();
    const second = await openForm({ cookie: first.cookie });
    expect(second.csrfToken).toBe(first.csrfToken);
    expect((await postForm({ email: "tech@example.com", password: "alga-demo", csrfToken: first.csrfToken }, first.cookie)).status).toBe(
      303,
    );
  });

  it("blocks an address for 5 minutes after 10 wrong passwords, even with the right one", async () => {
    const clear = () => fetch(`${sandbox.api}/__sandbox/rate-limits`, { method: "DELETE" });
    await clear();
    try {
      for (let attempt = 0; attempt < 11; attempt++) {
        expect((await signInForm({ email: "tech@example.com", password: `guess-${attempt}` })).status).toBe(401);
      }
      const blocked = await signInForm({ email: "tech@example.com", password: "alga-demo" });
      expect(blocked.status).toBe(429);
      expect(await blocked.text()).toContain("Too many failed sign-ins. Try again in 5 min.");
      // X-Forwarded-For does not move the caller to a fresh count: the limit is on the connection's address.
      expect((await signInForm({ email: "tech@example.com", password: "alga-demo" }, { "x-forwarded-for": "203.0.113.9" })).status).toBe(
        429,
      );
    } finally {
      await clear();
    }
  });
});
