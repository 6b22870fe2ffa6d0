import { ApiError } from "./errors";

/**
 * The features a server or a role may lack (awareness §0.1, §1.3, §10): routes an older server does not have, and
 * permissions a Technician of one tenant or the other lacks.
 */
export const FEATURES = [
  "activities",
  "additionalAgents",
  "clientDetails",
  "interactions",
  "userPreferences",
  "scheduledComments",
  "stopwatch",
  "thumbnails",
] as const;
export type Feature = (typeof FEATURES)[number];

/** On, or off and why: a server without the route, or a role without the permission. */
export type FeatureState = { on: true } | { on: false; why: "olderServer" | "permission" };

const routes: [RegExp, Feature][] = [
  [/^api\/v1\/activities$/, "activities"],
  [/^api\/v1\/tickets\/[^/]+\/agents(\/[^/]+)?$/, "additionalAgents"],
  [/^api\/v1\/clients\/[^/]+(\/locations)?$/, "clientDetails"],
  [/^api\/v1\/interaction(s|-types)(\/[^/]+)?$/, "interactions"],
  [/^api\/v1\/users\/[^/]+(\/preferences)?$/, "userPreferences"],
  [/^api\/v1\/tickets\/[^/]+\/comments\/[^/]+\/schedule$/, "scheduledComments"],
  [/^api\/v1\/stopwatch(\/.+)?$/, "stopwatch"],
  [/^api\/v1\/tickets\/[^/]+\/documents\/[^/]+\/(thumbnail|preview)$/, "thumbnails"],
];

/** Routes whose JSON refusal proves they exist: the probes of awareness §10.4. */
const PROVEN_BY_REFUSAL: readonly Feature[] = ["scheduledComments", "thumbnails", "stopwatch"];

/** A server without the route answers its web app's not-found page, not the JSON envelope (awareness §1.4). */
export const isMissingRoute = (error: unknown): boolean => error instanceof ApiError && error.kind === "not_found" && error.code === null;

/**
 * What one answer of the server says about a feature, or null when it says nothing (another route; a network
 * failure; a 404 or 400 about one record). The cancel route's JSON errors prove the route exists: that is the
 * probe for Cc/Bcc and send-later; so does a thumbnail's 404 JSON for a document without one (awareness §10.4).
 */
export function featureAnswer(path: string, error: unknown): { feature: Feature; state: FeatureState } | null {
  const feature = routes.find(([pattern]) => pattern.test(path.split("?")[0] ?? ""))?.[1];
  if (!feature) return null;
  if (error === null) return { feature, state: { on: true } };
  if (isMissingRoute(error)) return { feature, state: { on: false, why: "olderServer" } };
  if (!(error instanceof ApiError) || error.status === null || error.kind === "unauthorized") return null;
  if (error.kind === "forbidden") return { feature, state: { on: false, why: "permission" } };
  return PROVEN_BY_REFUSAL.includes(feature) ? { feature, state: { on: true } } : null;
}
