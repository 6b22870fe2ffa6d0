/**
 * Every key the app writes on a device (IndexedDB through idb-keyval, localStorage, sessionStorage),
 * so one file shows all it stores and sign-out can wipe all but what it must keep. A new key goes here.
 */

/** Keys of the device, not of a user. */
export const deviceKeys = {
  /** IndexedDB: a random id that tells this browser's sessions apart on the server. */
  deviceId: "alga.deviceId",
  /** IndexedDB: refresh tokens of sessions signed out offline, still to be revoked. */
  pendingRevocations: "alga.pendingRevocations",
  /** localStorage: the deployment's config.json, so an offline cold start has it. */
  runtimeConfig: "alga.runtimeConfig",
  /** localStorage: servers used on this device, offered on the address screen. */
  recentServers: "alga.recentServers",
  /** localStorage: where the list's rows start on the page (px), so the boot module paints them there. */
  listTop: "alga.listTop",
  /** localStorage: the language chosen in Settings on this device (absent: automatic). */
  language: "alga.language",
  /** localStorage: the row words of the active language, for the boot module's rows before the app's code arrives. */
  bootWords: "alga.bootWords",
  /** sessionStorage: this tab already reloaded once for a chunk a deploy removed. */
  reloadedForChunk: "alga.reloadedForChunk",
} as const;

/** How per-account IndexedDB records start (`<prefix><server>:<userId>…`): how another account's data is found. */
export const accountRecordPrefixes = { queryCache: "alga.queryCache:", draft: "alga.draft:", outbox: "alga.outbox:" } as const;

/** How per-account records of the file store start (`<prefix><server>:<userId>…`). */
export const accountFilePrefixes = { viewedFile: "alga.viewedFile:", viewedIndex: "alga.viewedIndex:" } as const;

/** Keys of the signed-in user's data; the per-account ones keep two accounts on one device apart. */
export const userKeys = {
  /** IndexedDB: the session (tokens and user). */
  session: "alga.session",
  /** IndexedDB: a sign-in waiting for the server's callback. */
  pendingSignIn: "alga.pendingSignIn",
  /** localStorage: oldest or newest comment first. */
  commentOrder: "alga.commentOrder",
  /** localStorage: the service of the last time entry. */
  lastService: "alga.lastService",
  /** IndexedDB: the persisted query cache. */
  queryCache: (server: string, userId: string) => `${accountRecordPrefixes.queryCache}${server}:${userId}`,
  /** IndexedDB: the changes still to send. */
  outbox: (server: string, userId: string) => `${accountRecordPrefixes.outbox}${server}:${userId}`,
  /** IndexedDB: tickets created through the outbox: their temporary ids and the ids the server gave them. */
  createdTickets: (server: string, userId: string) => `${accountRecordPrefixes.outbox}${server}:${userId}:created`,
  /** IndexedDB: a comment being typed (`ticketId` "new": the new-ticket form). */
  draft: (server: string, userId: string, ticketId: string) => `${accountRecordPrefixes.draft}${server}:${userId}:${ticketId}`,
  /** localStorage: the ticket last opened, for the "New note" app shortcut. */
  lastTicket: (server: string, userId: string) => `alga.lastTicket:${server}:${userId}`,
  /** localStorage: calls started from a ticket's contact card and not yet logged or dismissed, by ticket. */
  pendingCalls: (server: string, userId: string) => `alga.pendingCalls:${server}:${userId}`,
  /** localStorage: the iOS "Add to Home Screen" hint was dismissed (shown again to the next user). */
  installHintDismissed: "alga.installHintDismissed",
  /** localStorage: when the create form's lists (boards, clients, contacts…) were last loaded onto the device, and for which cache format. */
  formListsRefresh: (server: string, userId: string) => `alga.formListsRefresh:${server}:${userId}`,
  /** localStorage: the user's Alga language and time zone as last read from the server (contract awareness §6). */
  algaPreferences: "alga.algaPreferences",
  /** localStorage: the last list view (filters, sort) as URL parameters. */
  listView: (server: string, userId: string) => `alga.listView:${server}:${userId}`,
  /** IndexedDB: the running (or paused) timer, shared by the account's tabs. */
  timer: (server: string, userId: string) => `alga.timer:${server}:${userId}`,
  /** IndexedDB: which notifications the technician has seen, per ticket (the API cannot mark them read), shared by the account's tabs. */
  seenNotifications: (server: string, userId: string) => `alga.seenNotifications:${server}:${userId}`,
  /** IndexedDB: the technician's saved replies (canned texts) for the composer. */
  savedReplies: (server: string, userId: string) => `alga.savedReplies:${server}:${userId}`,
  /** localStorage: what the server and the user's role allow (app/server-features.ts), for the app build that learned it. */
  serverFeatures: (server: string, userId: string) => `alga.serverFeatures:${server}:${userId}`,
  /** localStorage: replies meant for later that the server published at once (their comment ids). */
  publishedAtOnce: (server: string, userId: string) => `alga.publishedAtOnce:${server}:${userId}`,
  /** localStorage: the boards on which Resolve asks for the customer's sign-off first. */
  signOffBoards: (server: string, userId: string) => `alga.signOffBoards:${server}:${userId}`,
  /** File store: the bytes of a file waiting in the outbox to be uploaded (`fileId` is random; its change in the account's outbox names it). */
  uploadFile: (fileId: string) => `alga.uploadFile:${fileId}`,
  /** File store: a ticket document opened before, kept for reading offline. */
  viewedFile: (server: string, userId: string, documentId: string) => `${accountFilePrefixes.viewedFile}${server}:${userId}:${documentId}`,
  /** File store: which viewed documents are kept, their sizes and when each was last opened (least recently used goes first). */
  viewedIndex: (server: string, userId: string) => `${accountFilePrefixes.viewedIndex}${server}:${userId}`,
  /** File store: files shared into the app (Web Share Target) until the user picks a ticket; written by the service worker. */
  sharedFiles: "alga.sharedFiles",
} as const;

/**
 * How localStorage keys written by earlier versions and read by none start: removed at start-up, so no
 * leftover of a user outlives its use (sign-out removes them too, like every key it does not keep).
 */
export const retiredKeyPrefixes = [
  // Whether new comments started internal, per account: the composer now starts internal on every ticket.
  "alga.commentInternal:",
] as const;

/**
 * IndexedDB databases of the app besides idb-keyval's default one. File bytes live apart so that reading
 * every key of the default store (sign-out, account sweeps) never loads megabytes of photos. Sign-out clears
 * them whole: everything in them is a user's.
 */
export const fileDatabase = { name: "alga-files", store: "files" } as const;

/**
 * What sign-out keeps: the device id identifies the browser, pending revocations must outlive the
 * session, and the deployment's config and the recent servers are no user data.
 */
export const keptOnSignOut = {
  indexedDb: new Set<IDBValidKey>([deviceKeys.deviceId, deviceKeys.pendingRevocations]),
  localStorage: new Set<string>([deviceKeys.runtimeConfig, deviceKeys.recentServers, deviceKeys.language, deviceKeys.bootWords]),
} as const;
