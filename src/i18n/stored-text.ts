import { t } from "./active-language";
import type { MessageKey, Params } from "./catalogue-types";

/**
 * Text kept on the device (the outbox in IndexedDB) and shown later: the message's key and parameters, so it
 * is shown in the language active when it is read, not the one active when it was stored. A plain string is
 * shown as it is: the server's own words, or text an earlier version stored in English.
 */
export type StoredText = string | { key: MessageKey; params?: Params };

export const storedText = (key: MessageKey, params?: Params): StoredText => (params ? { key, params } : { key });

export const showStored = (text: StoredText): string => (typeof text === "string" ? text : t(text.key, text.params));
