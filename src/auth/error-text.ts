import { t } from "../i18n/active-language";
import type { MessageKey } from "../i18n/catalogue-types";
import { ownMessages, type ApiErrorKind } from "../api/errors";

const keys: Record<ApiErrorKind, MessageKey> = {
  network: "errors.network",
  timeout: "errors.timeout",
  canceled: "errors.canceled",
  validation: "errors.validation",
  unauthorized: "errors.unauthorized",
  forbidden: "errors.forbidden",
  not_found: "errors.notFound",
  conflict: "errors.conflict",
  rate_limited: "errors.rateLimited",
  server: "errors.server",
  malformed: "errors.malformed",
  http: "errors.http",
};

/**
 * What to show for a failure, in the active language (here, the lowest layer that sees both the API's errors and the
 * catalogues, so sign-in and the ticket screens share it): the app's own words for its kind are looked up when shown
 * (so a message kept in the outbox or in a query's state never sticks to the language it was made in); what the
 * server wrote stays as it sent it. Takes an ApiError, a refusal kept as kind and message, or any Error.
 */
export function errorText(error: { kind?: string; message: string }): string {
  const kind = error.kind as ApiErrorKind | undefined;
  return kind && kind in keys && error.message === ownMessages[kind] ? t(keys[kind]) : error.message;
}
