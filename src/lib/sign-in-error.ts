/**
 * The catalogue's words for a failure found below the languages (lib/, config/): the auth area's key and its
 * placeholders, shown in the user's language by the sign-in screens; `message` stays the English for code and tests.
 */
export interface SignInWords {
  key: string;
  params?: Record<string, string>;
}

/** A sign-in failure with a message a technician understands and a code tests and support can use. */
export class SignInError extends Error {
  readonly code: string;
  readonly words: SignInWords | undefined;
  constructor(code: string, message: string, words?: SignInWords) {
    super(message);
    this.name = "SignInError";
    this.code = code;
    this.words = words;
  }
}

// Every `error=` the handoff can send back (contract §3.2), plus the native app's host_not_allowlisted.
const handoffErrors: Record<string, [key: string, message: string]> = {
  invalid_redirect: [
    "errorInvalidRedirect",
    "The Alga server refused this app's sign-in address. Ask your administrator to check that the app is served over https.",
  ],
  client_not_allowed: [
    "errorClientPortal",
    "This is a client-portal account. Alga Tickets is for technicians: sign in with your MSP staff account.",
  ],
  rate_limited: ["errorRateLimited", "Too many sign-in attempts. Wait five minutes, then try again."],
  host_not_allowlisted: ["errorHandoffHostNotAllowlisted", "This Alga server does not allow sign-in from the mobile app."],
};

export function handoffError(code: string): SignInError {
  const known = handoffErrors[code];
  if (known) return new SignInError(code, known[1], { key: known[0] });
  return new SignInError(code, `The Alga server refused the sign-in (${code}). Try again.`, { key: "errorRefused", params: { code } });
}
