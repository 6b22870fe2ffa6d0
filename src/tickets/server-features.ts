import { useEffect, useMemo } from "react";
import type { ApiClient, ApiSession } from "../api/client";
import { apiClient } from "../api/app-client";
import { probeCommentSchedule } from "../api/comment-schedule";
import { probeStopwatch } from "../api/stopwatch";
import { featureAnswer, type Feature, type FeatureState } from "../api/feature-answers";
import { currentSession, sessionScope, useSession } from "../auth/session";
import { createExternalStore, useExternalStore } from "../lib/external-store";
import { userKeys } from "../lib/storage-keys";
import { isTemporaryTicketId } from "./ticket-id";

export type KnownFeatures = Partial<Record<Feature, FeatureState>>;

/**
 * What the signed-in server and role allow, learned from the answers to the calls the app makes anyway (the API
 * client reports each one) plus one probe each for Cc/Bcc and send-later and for the stopwatch (awareness §10.4). Kept per account on the
 * device for this app build only: after an update everything is learned, and the probe made, again.
 */
const APP_BUILD = `${__APP_VERSION__}+${__APP_BUILD__}`;

// Bumped on every change, so a screen showing what is known draws again.
const changes = createExternalStore(0);

function read(server: string, userId: string): KnownFeatures {
  try {
    const saved = JSON.parse(localStorage.getItem(userKeys.serverFeatures(server, userId)) ?? "null") as {
      build?: string;
      features?: KnownFeatures;
    } | null;
    return saved?.build === APP_BUILD ? (saved.features ?? {}) : {};
  } catch {
    return {};
  }
}

function learn(server: string, userId: string, feature: Feature, state: FeatureState): void {
  const known = read(server, userId);
  if (JSON.stringify(known[feature]) === JSON.stringify(state)) return;
  localStorage.setItem(
    userKeys.serverFeatures(server, userId),
    JSON.stringify({ build: APP_BUILD, features: { ...known, [feature]: state } }),
  );
  changes.set(changes.get() + 1);
}

/** The API client's `onAnswer`: one answer of the server, kept when it says whether a feature is there. */
export function learnFromAnswer(session: ApiSession, path: string, error: unknown): void {
  const answer = featureAnswer(path, error);
  if (answer) learn(session.server, session.userId, answer.feature, answer.state);
}

/** A reply meant for later came back published (awareness §10.1): this server does not schedule. */
export function learnOlderServer(feature: Feature): void {
  const session = currentSession();
  if (session) learn(...sessionScope(session), feature, { on: false, why: "olderServer" });
}

/** What is known of one feature of the signed-in account's server, outside a component. */
export function knownFeature(feature: Feature): FeatureState | undefined {
  const session = currentSession();
  return session ? read(...sessionScope(session))[feature] : undefined;
}

/** What is known of the signed-in account's server and role. */
export function useServerFeatures(): KnownFeatures {
  const session = useSession();
  const version = useExternalStore(changes);
  const [server, userId] = session ? sessionScope(session) : ["", ""];
  // `version` says when to read again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (server ? read(server, userId) : {}), [server, userId, version]);
}

const probing = new Set<string>();

/**
 * Whether public replies may carry Cc/Bcc and a send-later time on this server. Until a probe has said yes the
 * answer is no, so the new fields are never sent to a server that would drop them and post at once.
 */
export function useScheduledComments(ticketId: string): boolean {
  const session = useSession();
  const state = useServerFeatures().scheduledComments;
  const [server, userId] = session ? sessionScope(session) : ["", ""];
  useEffect(() => {
    if (!server || state || isTemporaryTicketId(ticketId) || probing.has(server)) return;
    probing.add(server);
    void probeCommentSchedule(apiClient(), ticketId)
      .then((probed) => probed && learn(server, userId, "scheduledComments", probed))
      .finally(() => probing.delete(server));
  }, [server, userId, state, ticketId]);
  return state?.on === true;
}

/**
 * Whether the timer uses this server's stopwatch (awareness §10.3) instead of the old timer routes: what the probe
 * (`GET /stopwatch/active`, awareness §10.4) said, kept per server and app build, or asked now. Asked when a timer
 * first starts rather than on every ticket opened, so an older server sees the one probe and nothing else; no
 * answer (offline) means no: the present timer.
 */
export async function hasStopwatch(api: ApiClient): Promise<boolean> {
  const session = currentSession();
  if (!session) return false;
  const [server, userId] = sessionScope(session);
  const known = read(server, userId).stopwatch;
  if (known) return known.on;
  const probed = await probeStopwatch(api);
  if (probed) learn(server, userId, "stopwatch", probed);
  return probed?.on === true;
}

/** Settings asks the stopwatch probe too, once, so what it lists does not wait for a timer to start. */
export function useStopwatchProbe(): void {
  const session = useSession();
  const known = useServerFeatures().stopwatch;
  useEffect(() => {
    if (session && !known) void hasStopwatch(apiClient());
  }, [session, known]);
}
