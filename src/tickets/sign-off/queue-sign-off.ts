import { outbox } from "../changes/ticket-outbox";
import { t } from "../../i18n/active-language";
import { attachFiles } from "../documents/attach-files";
import { signOffComment, signOffFileName } from "./sign-off-text";

export interface SignOff {
  ticketId: string;
  image: Blob;
  name: string;
  summary: string;
  signedAt: Date;
  signedAtText: string;
}

/**
 * Queues a sign-off: the image as a document on the ticket, then the public comment that says who signed
 * when. Both go through the outbox, so they are sent offline too and once only (a lost answer is looked up
 * before sending again: send-document, lookalikes). The comment is not queued when the image is refused.
 * Returns why nothing was queued, or null.
 */
export async function queueSignOff(signOff: SignOff, baseUpdatedAt: string | null): Promise<string | null> {
  const file = new File([signOff.image], signOffFileName(signOff.signedAt), { type: "image/png" });
  const attached = await attachFiles(signOff.ticketId, [file], baseUpdatedAt);
  if (attached.queued.length === 0) return attached.refused.join(" ") || t("signOff.notStored");
  const text = signOffComment(signOff.name, signOff.signedAtText, signOff.summary);
  await outbox.enqueue({ kind: "comment", ticketId: signOff.ticketId, text, isInternal: false }, baseUpdatedAt);
  return null;
}
