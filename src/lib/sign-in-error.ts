/** A sign-in failure with a message a technician understands and a code tests and support can use. */
export class SignInError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "SignInError";
    this.code = code;
  }
}

// Every `error=` the handoff can send back (contract §3.2), plus the native app's host_not_allowlisted.
const handoffErrors: Record<string, string> = {
  invalid_redirect:
    "The Alga server refused this app's sign-in address. Ask your administrator to check that the app is served over https.",
  client_not_allowed: "This is a client-portal account. Alga Tickets is for technicians: sign in with your MSP staff account.",
  rate_limited: "Too many sign-in attempts. Wait five minutes, then try again.",
  host_not_allowlisted: "This Alga server does not allow sign-in from the mobile app.",
};

export function handoffError(code: string): SignInError {
  return new SignInError(code, handoffErrors[code] ?? `The Alga server refused the sign-in (${code}). Try again.`);
}
