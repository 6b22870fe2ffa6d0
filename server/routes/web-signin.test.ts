import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handoff, locationOf, startTestSandbox, webSessionCookie, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

function signInForm(fields: Record<string, string>): Promise<Response> {
  return fetch(`${sandbox.api}/auth/msp/signin`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
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
    expect(response.headers.get("set-cookie")).toBeNull();
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
});
