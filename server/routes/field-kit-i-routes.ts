import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context";
import { registerBoards } from "./boards";
import { registerCategories } from "./categories";
import { registerClients } from "./clients";
import { registerContacts } from "./contacts";
import { registerPriorities } from "./priorities";
import { registerTicketCreate } from "./ticket-create";
import { registerTicketDocuments } from "./ticket-documents";

/** Field kit I: ticket creation, the create form's reference lists, ticket documents. */
export function registerFieldKitIRoutes(app: FastifyInstance, context: SandboxContext): void {
  registerTicketCreate(app, context);
  registerBoards(app, context);
  registerPriorities(app, context);
  registerClients(app, context);
  registerContacts(app, context);
  registerCategories(app, context);
  registerTicketDocuments(app, context);
}
