import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { deleteTicketDocument, insertTicketDocument, listTicketDocuments, readTicketDocument } from "../documents/ticket-documents";
import { refusalOf, storageRules } from "../documents/storage-rules";
import { readVariant } from "../documents/document-variants";
import { ApiError, notFound, validationFailed } from "../http/api-error";
import { NOT_FOUND_PAGE } from "../http/html";
import { formDataOf, keepMultipartBytes, TRANSPORT_BODY_LIMIT } from "../http/multipart";
import { loadTicket } from "../tickets/ticket-record";

type DocumentParams = { Params: { id: string; documentId: string } };

/** Ticket documents: list, multipart upload, download, thumbnail and preview, delete (field-kit contract §3). */
export function registerTicketDocuments(app: FastifyInstance, context: SandboxContext): void {
  // Encapsulated so the binary multipart parser applies to these routes only.
  void app.register(async (scope) => {
    keepMultipartBytes(scope);

    scope.get<{ Params: { id: string } }>("/api/v1/tickets/:id/documents", async (request) => {
      const { tenant } = apiUserOf(request);
      await loadTicket(context, tenant, request.params.id);
      return { data: await listTicketDocuments(context.db, tenant, request.params.id) };
    });

    scope.post<{ Params: { id: string } }>("/api/v1/tickets/:id/documents", { bodyLimit: TRANSPORT_BODY_LIMIT }, async (request, reply) => {
      const user = apiUserOf(request);
      await loadTicket(context, user.tenant, request.params.id);
      const file = (await formDataOf(request)).get("file");
      // A text field named `file` (a part without a filename) is no file (field-kit contract §3.2).
      if (!(file instanceof File)) throw validationFailed([{ path: ["file"], message: "file is required" }]);
      const mimeType = file.type || "application/octet-stream";
      const refusal = refusalOf(storageRules(context.faults.settings), mimeType, file.size);
      if (refusal) {
        // The real upload re-wraps the storage refusal into a generic 500, not the 400 its controller meant to give.
        context.log(`document upload refused by the storage rules: ${refusal}`);
        throw new ApiError(500, "INTERNAL_ERROR", "An unexpected error occurred");
      }
      const document = await insertTicketDocument(context.db, {
        tenant: user.tenant,
        ticketId: request.params.id,
        userId: user.userId,
        name: file.name,
        mimeType,
        bytes: new Uint8Array(await file.arrayBuffer()),
        withVariants: context.faults.settings.newerServer === true,
      });
      return reply.code(201).send({ data: document });
    });

    scope.get<DocumentParams>("/api/v1/tickets/:id/documents/:documentId", async (request, reply) => {
      const { tenant } = apiUserOf(request);
      await loadTicket(context, tenant, request.params.id);
      const file = await readTicketDocument(context.db, tenant, request.params.id, request.params.documentId);
      // The name is percent-encoded inside the quotes, with no filename* (field-kit contract §3.3).
      return reply
        .header("Content-Type", file.mimeType)
        .header("Content-Disposition", `attachment; filename="${encodeURIComponent(file.name)}"`)
        .header("Cache-Control", "no-store")
        .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
    });

    // Newer servers only (awareness §10.2, §13.9); an older one has no such routes: its 404 HTML page.
    for (const variant of ["thumbnail", "preview"] as const) {
      scope.get<DocumentParams>(`/api/v1/tickets/:id/documents/:documentId/${variant}`, async (request, reply) => {
        if (!context.faults.settings.newerServer) return reply.code(404).type("text/html; charset=utf-8").send(NOT_FOUND_PAGE);
        const { tenant } = apiUserOf(request);
        await loadTicket(context, tenant, request.params.id);
        const file = await readVariant(context.db, tenant, request.params.id, request.params.documentId, variant);
        if (!file) throw notFound(`Document ${variant} not available`);
        return reply
          .header("Content-Type", file.mimeType)
          .header("Cache-Control", "no-store")
          .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
      });
    }

    scope.delete<DocumentParams>("/api/v1/tickets/:id/documents/:documentId", async (request) => {
      const { tenant } = apiUserOf(request);
      await loadTicket(context, tenant, request.params.id);
      await deleteTicketDocument(context.db, tenant, request.params.id, request.params.documentId);
      // 200 with a null body, not 204 (field-kit contract §3.4).
      return { data: null };
    });
  });
}
