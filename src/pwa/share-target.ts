import { addSharedFiles } from "../lib/shared-files";

/** Where the manifest's share_target posts, and the screen that then asks for a ticket. */
export const SHARE_PATH = "/share";

/**
 * Keeps the files of a share (Web Share Target, a POST the service worker receives) in the file store and
 * sends the window on to the screen that picks the ticket. Nothing is uploaded here: that screen queues the
 * files through the outbox, signed in, like any other attachment.
 */
export async function receiveShare(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const files = (form?.getAll("files") ?? []).filter((value): value is File => value instanceof File && value.size > 0);
  if (files.length > 0) await addSharedFiles(files);
  return Response.redirect(SHARE_PATH, 303);
}
