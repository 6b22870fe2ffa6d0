import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context";
import { registerActivities } from "./activities";
import { registerBoards } from "./boards";
import { registerCategories } from "./categories";
import { registerChecklist } from "./checklist";
import { registerClients } from "./clients";
import { registerCommentEdits } from "./comment-edits";
import { registerComments } from "./comments";
import { registerCommentSchedule } from "./comment-schedule";
import { registerContacts } from "./contacts";
import { registerInteractions } from "./interactions";
import { registerPriorities } from "./priorities";
import { registerServices } from "./services";
import { registerStatusesAndPriorities } from "./statuses-priorities";
import { registerStopwatch } from "./stopwatch";
import { registerTagSearch } from "./tag-search";
import { registerTags } from "./tags";
import { registerTicketCreate } from "./ticket-create";
import { registerTicketDetail } from "./ticket-detail";
import { registerTicketAgents } from "./ticket-agents";
import { registerTicketDocuments } from "./ticket-documents";
import { registerTicketList } from "./tickets-list";
import { registerTicketStats } from "./ticket-stats";
import { registerTicketTimeSummary } from "./ticket-time-summary";
import { registerTicketUpdates } from "./ticket-updates";
import { registerTimeEntries } from "./time-entries";
import { registerTimeEntryRecords } from "./time-entry-records";
import { registerTimePeriods } from "./time-periods";
import { registerTimeTracking } from "./time-tracking";
import { registerUsers } from "./users";

/** Every `/api/v1` route behind the x-api-key check (static segments such as /stats win over /:id). */
export function registerApiRoutes(app: FastifyInstance, context: SandboxContext): void {
  registerTicketList(app, context);
  registerTicketStats(app, context);
  registerStatusesAndPriorities(app, context);
  registerTicketDetail(app, context);
  registerComments(app, context);
  registerCommentSchedule(app, context);
  registerTicketUpdates(app, context);
  registerTimeEntries(app, context);
  registerServices(app, context);
  registerUsers(app, context);
  // Ticket creation with the create form's lists, and ticket documents (fieldkit contract §1, §3).
  registerTicketCreate(app, context);
  registerBoards(app, context);
  registerPriorities(app, context);
  registerClients(app, context);
  registerContacts(app, context);
  registerCategories(app, context);
  registerTicketDocuments(app, context);
  // Field kit II (fieldkit contract §2, §4–§6).
  registerCommentEdits(app, context);
  registerTimeEntryRecords(app, context);
  registerTimeTracking(app, context);
  registerTimePeriods(app, context);
  registerTicketTimeSummary(app, context);
  registerChecklist(app, context);
  registerTags(app, context);
  registerTagSearch(app, context);
  // Awareness and additional agents (awareness contract §2–§4, §9).
  registerActivities(app, context);
  // Call-and-log (awareness §7).
  registerInteractions(app, context);
  // Additional agents (awareness §9).
  registerTicketAgents(app, context);
  // The stopwatch of newer servers (awareness §10.3).
  registerStopwatch(app, context);
}
