import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { NOT_FOUND_PAGE } from "../http/html";
import { queryObject } from "../http/query-params";
import { notificationActivities, ticketActivities, type Activity } from "../awareness/activity-items";
import { groupsOf, pageOf, sortActivities } from "../awareness/activity-order";
import { readActivityQuery } from "../awareness/activity-query";

/**
 * `GET /api/v1/activities` (awareness §2, §4): the caller's own feed, fetched whole, filtered, sorted and sliced
 * in memory. Kinds the sandbox has no data for (schedule, project tasks, …) contribute nothing. With the fault
 * `withoutActivities` the route is missing, as on servers before 2026-06-26.
 */
export function registerActivities(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/activities", async (request, reply) => {
    if (context.faults.settings.withoutActivities) return reply.code(404).type("text/html; charset=utf-8").send(NOT_FOUND_PAGE);
    const user = apiUserOf(request);
    const query = readActivityQuery(queryObject(request));
    const wants = (type: string) => !query.types || query.types.includes(type as never);
    const items: Activity[] = [];
    // A fetcher's failure is logged and contributes nothing, with 200: an empty feed can mean a server error (§2.2).
    for (const [type, fetch] of [
      ["ticket", ticketActivities],
      ["notification", notificationActivities],
    ] as const) {
      if (!wants(type)) continue;
      try {
        items.push(...(await fetch(context.db, user, query)));
      } catch {
        context.log(`activities: the ${type} fetch failed`);
      }
    }
    const sorted = sortActivities(items, query);
    return query.groupBy ? groupsOf(sorted, query.groupBy) : pageOf(sorted, query);
  });
}
