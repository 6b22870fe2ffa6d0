import { addSharedFiles } from "../lib/shared-files";
import { isShareable } from "./share-accept";

/** Where the manifest's share_target posts, and the screen that then asks for a ticket. */
export const SHARE_PATH = "/share";

/**
 * Keeps the files of a share (Web Share Target, a POST the service worker receives) in the file store and
 * sends the window on to the screen that picks the ticket. Nothing is uploaded here: that screen queues the
 * files through the outbox, signed in, like any other attachment.
 *
 * Any web page can post a form here. A share from the system's share sheet has no referring page, so a
 * post that names a web page of another origin is dropped. A page that hides its address still gets
 * through: what it can leave is bounded (shared-files.ts) and the share screen says where the files came from.
 */
export async function receiveShare(request: Request, appOrigin: string): Promise<Response> {
  const screen = Response.redirect(new URL(SHARE_PATH, appOrigin).href, 303);
  if (fromAnotherSite(request.referrer, appOrigin)) return screen;
  const form = await request.formData().catch(() => null);
  const files = (form?.getAll("files") ?? []).filter(
    (value): value is File => value instanceof File && value.size > 0 && isShareable(value),
  );
  if (files.length > 0) await addSharedFiles(files);
  return screen;
}

function fromAnotherSite(referrer: string, appOrigin: string): boolean {
  if (!/^https?:/i.test(referrer)) return false;
  return new URL(referrer).origin !== appOrigin;
}
