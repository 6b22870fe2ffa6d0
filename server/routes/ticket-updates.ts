import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { parseOrThrow } from "../http/api-error";
import { isoDateTime, uuid } from "../http/query-params";
import { jsonBodyOrEmpty, jsonBodyStrict } from "../http/request-body";
import { checkSuppressionPair } from "../tickets/suppression-flags";
import { loadTicket, withDescriptionHtml } from "../tickets/ticket-record";
import { updateTicket } from "../tickets/ticket-update";

const suppressFlags = {
  suppressContactNotifications: z.boolean().optional(),
  suppressInternalNotifications: z.boolean().optional(),
};
const closeRuleOverride = {
  override_close_rules: z.boolean().optional(),
  override_close_rules_reason: z.string().nullable().optional(),
};

const statusSchema = z
  .object({
    status_id: uuid(),
    closed_at: isoDateTime().optional(),
    closed_by: uuid().optional(),
    ...suppressFlags,
    ...closeRuleOverride,
  })
  .superRefine(checkSuppressionPair);
const assignmentSchema = z.object({ assigned_to: uuid().nullable().optional(), ...suppressFlags }).superRefine(checkSuppressionPair);
// Every create field optional; unknown keys dropped; `due_date` (the column) is not among them (contract §8.5).
const updateSchema = z
  .object({
    title: z.string().min(1).max(255).optional(),
    url: z.url().optional(),
    board_id: uuid().optional(),
    client_id: uuid().optional(),
    location_id: uuid().optional(),
    category_id: uuid().optional(),
    subcategory_id: uuid().optional(),
    contact_name_id: uuid().nullable().optional(),
    status_id: uuid().optional(),
    assigned_to: uuid().optional(),
    priority_id: uuid().optional(),
    attributes: z.record(z.string(), z.unknown()).optional(),
    tags: z.array(z.string()).optional(),
    ...suppressFlags,
    ...closeRuleOverride,
  })
  .superRefine(checkSuppressionPair);

/** Status, assignment and partial updates (contract §8.3–§8.5). */
export function registerTicketUpdates(app: FastifyInstance, context: SandboxContext): void {
  app.put<{ Params: { id: string } }>("/api/v1/tickets/:id/status", async (request) => {
    const user = apiUserOf(request);
    const body = jsonBodyStrict(request);
    const ticket = await loadTicket(context, user.tenant, request.params.id);
    const { status_id, closed_at, closed_by, override_close_rules } = parseOrThrow(statusSchema, body);
    return {
      data: withDescriptionHtml(
        await updateTicket(context, user, ticket, { status_id, closed_at, closed_by }, override_close_rules === true),
      ),
    };
  });

  app.put<{ Params: { id: string } }>("/api/v1/tickets/:id/assignment", async (request) => {
    const user = apiUserOf(request);
    const body = jsonBodyStrict(request);
    const ticket = await loadTicket(context, user.tenant, request.params.id);
    const { assigned_to } = parseOrThrow(assignmentSchema, body);
    // null unassigns; absent changes nothing but updated_at.
    return { data: withDescriptionHtml(await updateTicket(context, user, ticket, { assigned_to })) };
  });

  app.put<{ Params: { id: string } }>("/api/v1/tickets/:id", async (request) => {
    const user = apiUserOf(request);
    const ticket = await loadTicket(context, user.tenant, request.params.id);
    const body = parseOrThrow(updateSchema, jsonBodyOrEmpty(request));
    const {
      tags: _ignoredTags,
      suppressContactNotifications: _c,
      suppressInternalNotifications: _i,
      override_close_rules,
      override_close_rules_reason: _r,
      ...changes
    } = body;
    return { data: withDescriptionHtml(await updateTicket(context, user, ticket, changes, override_close_rules === true)) };
  });
}
