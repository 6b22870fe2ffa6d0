import { escapeHtml } from "../http/html";
import { DEMO_PASSWORD, DEMO_USERS } from "../db/seed/people";

/** Server-rendered pages of the sandbox's web sign-in. No inline script or style (strict CSP). */

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/auth/msp/signin.css">
</head>
<body>
<main class="card">
<p class="brand">Alga PSA sandbox</p>
${body}
</main>
</body>
</html>`;
}

export interface SignInFormState {
  callbackUrl: string | undefined;
  csrfToken: string;
  email?: string;
  error?: string;
}

export function signInFormPage(state: SignInFormState): string {
  const error = state.error ? `<p class="error" role="alert" id="signin-error">${escapeHtml(state.error)}</p>` : "";
  const describedBy = state.error ? ' aria-describedby="signin-error" aria-invalid="true"' : "";
  const callback = state.callbackUrl ? `<input type="hidden" name="callbackUrl" value="${escapeHtml(state.callbackUrl)}">` : "";
  const users = DEMO_USERS.filter((user) => !user.inactive)
    .map((user) => `<li><code>${escapeHtml(user.email)}</code> <span>${escapeHtml(user.role)}</span></li>`)
    .join("\n");
  return page(
    "Sign in – Alga PSA sandbox",
    `<h1>Sign in</h1>
${error}
<form method="post" action="/auth/msp/signin">
<input type="hidden" name="csrfToken" value="${escapeHtml(state.csrfToken)}">
${callback}
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(state.email ?? "")}"${describedBy}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${describedBy}>
<button type="submit">Sign in</button>
</form>
<section aria-labelledby="demo-users">
<h2 id="demo-users">Demo users</h2>
<p>This is a sandbox. Every demo user's password is <code>${escapeHtml(DEMO_PASSWORD)}</code>.</p>
<ul class="users">
${users}
</ul>
</section>`,
  );
}

export function invalidRedirectPage(): string {
  return page(
    "Sign-in link not valid – Alga PSA sandbox",
    `<h1>This sign-in link is not valid</h1>
<p>The app's sign-in link was invalid: its return address is not one Alga PSA accepts. Go back to the app and start the sign-in again.</p>`,
  );
}
