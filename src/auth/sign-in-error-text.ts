import { t } from "../i18n/active-language";
import type { MessageKey } from "../i18n/catalogue-types";
import type { SignInError } from "../lib/sign-in-error";

/** What to show for a sign-in failure in the user's language: its catalogue words when it has some, else its message. */
export function signInErrorText(error: SignInError): string {
  if (!error.words) return error.message;
  const key = `auth.${error.words.key}` as MessageKey;
  const text = t(key, error.words.params);
  // A key the catalogue lacks comes back as itself: the English message is better than that.
  return text === key ? error.message : text;
}
