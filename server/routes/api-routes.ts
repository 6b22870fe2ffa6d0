import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context";
import { registerComments } from "./comments";
import { registerFieldKitIRoutes } from "./field-kit-i-routes";
import { registerServices } from "./services";
import { registerStatusesAndPriorities } from "./statuses-priorities";
import { registerTicketDetail } from "./ticket-detail";
import { registerTicketList } from "./tickets-list";
import { registerTicketStats } from "./ticket-stats";
import { registerTicketUpdates } from "./ticket-updates";
import { registerTimeEntries } from "./time-entries";
import { registerUsers } from "./users";

/** Every `/api/v1` route behind the x-api-key check (static segments such as /stats win over /:id). */
export function registerApiRoutes(app: FastifyInstance, context: SandboxContext): void {
  registerTicketList(app, context);
  registerTicketStats(app, context);
  registerStatusesAndPriorities(app, context);
  registerTicketDetail(app, context);
  registerComments(app, context);
  registerTicketUpdates(app, context);
  registerTimeEntries(app, context);
  registerServices(app, context);
  registerUsers(app, context);
  registerFieldKitIRoutes(app, context);
}
