import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from "react";
import { useT } from "../../i18n/active-language";
import { Sheet } from "../../ui/Sheet";
import { COMMENT_LIMIT } from "./comment-rules";
import { clearDraft, loadDraftToShow, saveDraft } from "./draft-store";
import { PublicReplyNotice, quietFlags, type Quiet, type ReplyContact } from "./PublicReplyNotice";
import { insertAt } from "./saved-replies";
import { SavedReplies } from "./SavedReplies";
import { queueChange } from "../changes/use-queue-change";
import { useScheduledComments } from "../server-features";
import { exactTime } from "../../lib/relative-time";
import { checkReplyExtras, NO_EXTRAS, type ReplyExtras } from "./reply-extras";
import { ReplyExtrasFields } from "./ReplyExtrasFields";
import "./CommentComposer.css";

const SAVE_DELAY_MS = 400;
/** The count appears when the limit comes near, so the bar stays one line. */
const COUNT_FROM = COMMENT_LIMIT - 500;

/**
 * A one-line composer for the bar at the bottom of the ticket. Internal or Public is a coloured
 * two-way switch in front of the text, and the placeholder and Send say it again: a public reply
 * reaches the client, so it is never sent by accident. Every ticket starts on Internal, and Public
 * is a choice for one reply: after it the composer is back on Internal (only a draft keeps its own).
 */
export function CommentComposer({
  ticketId,
  draftKey,
  contact,
  field,
  onUndone,
}: {
  ticketId: string;
  draftKey: string;
  /** The ticket's contact, who is e-mailed a public reply. */
  contact: ReplyContact | null;
  field: RefObject<HTMLTextAreaElement | null>;
  onUndone: (text: string, isInternal: boolean) => void;
}) {
  const t = useT();
  const [text, setText] = useState("");
  const [isInternal, setIsInternal] = useState(true);
  const [quiet, setQuiet] = useState<Quiet>("none");
  // Cc/Bcc and send-later, offered only once the probe found a server that takes them (awareness §10.4).
  const newerServer = useScheduledComments(ticketId);
  const [extras, setExtras] = useState<ReplyExtras>(NO_EXTRAS);
  const [loaded, setLoaded] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // A ref, not state: two taps in one frame must not both send.
  const sending = useRef(false);
  // The debounced draft save still waiting to run, so sending can cancel it.
  const pendingSave = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [savedOpen, setSavedOpen] = useState(false);
  // Where the cursor was when the saved replies opened, and where it goes after an insert.
  const selection = useRef({ start: 0, end: 0 });
  const [caret, setCaret] = useState<number | null>(null);

  // After the sheet has closed and given the focus back: into the text, just after what was inserted.
  useEffect(() => {
    if (caret === null) return;
    const timer = setTimeout(() => {
      field.current?.focus();
      field.current?.setSelectionRange(caret, caret);
    });
    return () => clearTimeout(timer);
  }, [caret, field]);

  function openSavedReplies() {
    const element = field.current;
    selection.current = element ? { start: element.selectionStart, end: element.selectionEnd } : { start: text.length, end: text.length };
    setSavedOpen(true);
  }

  function insertSavedReply(reply: string) {
    const next = insertAt(text, reply, selection.current.start, selection.current.end);
    setText(next.text);
    setFailure(null);
    setSavedOpen(false);
    setCaret(next.caret);
  }

  useEffect(() => {
    let active = true;
    void loadDraftToShow(draftKey).then((draft) => {
      if (!active) return;
      if (draft) {
        setText(draft.text);
        setIsInternal(draft.isInternal);
      }
      setLoaded(true);
    });
    return () => {
      active = false;
    };
  }, [draftKey]);

  // Saved as the user types (debounced), so a crash, reload or update loses nothing.
  useEffect(() => {
    if (!loaded) return;
    pendingSave.current = setTimeout(() => void saveDraft(draftKey, { text, isInternal, savedAt: Date.now() }), SAVE_DELAY_MS);
    return () => clearTimeout(pendingSave.current);
  }, [text, isInternal, loaded, draftKey]);

  const length = text.trim().length;
  const tooLong = length > COMMENT_LIMIT;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (length === 0 || tooLong || sending.current) return;
    const checked = !isInternal && newerServer ? checkReplyExtras(extras, Date.now()) : { fields: {} };
    if ("problem" in checked) {
      setFailure(checked.problem);
      return;
    }
    const { schedule } = checked.fields;
    sending.current = true;
    // A save of the text being sent must not land after the draft is cleared: it would come back
    // (twice, once the outbox returns a refused comment to the composer).
    clearTimeout(pendingSave.current);
    const sent = { text: text.trim(), isInternal };
    // Only a public reply notifies the client; the choice goes with the change, so it holds offline too.
    const notify = isInternal ? {} : quietFlags(quiet);
    try {
      // The outbox keeps its own copy in IndexedDB before sending: from here the text cannot be lost.
      await queueChange({ kind: "comment", ticketId, ...sent, ...notify, ...checked.fields }, null, {
        message: schedule
          ? t("conversation.laterSaved", { time: exactTime(schedule.at) })
          : sent.isInternal
            ? t("conversation.internalSaved")
            : t("conversation.publicSaved"),
        onUndone: () => onUndone(sent.text, sent.isInternal),
      });
      await clearDraft(draftKey);
      setText("");
      setIsInternal(true);
      setQuiet("none");
      setExtras(NO_EXTRAS);
      setFailure(null);
      // Ready for the next note: a tap or Enter on Send must not drop the focus to the page's start.
      field.current?.focus();
    } catch {
      setFailure(t("conversation.saveFailed"));
    } finally {
      sending.current = false;
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    } else if (event.key === "Escape") {
      // Out of the text, draft kept, to the ticket's heading: from there the shortcut letters work again.
      event.preventDefault();
      const heading = event.currentTarget.closest(".ticket-screen")?.querySelector<HTMLElement>("#ticket-title");
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      } else event.currentTarget.blur();
    }
  }

  const tone = isInternal ? "internal" : "public";
  return (
    <>
      <form className={`composer composer--${tone}`} onSubmit={(event) => void onSubmit(event)} aria-label={t("conversation.addComment")}>
        <div className="composer__top">
          <fieldset className="composer__visibility">
            <legend className="visually-hidden">{t("conversation.whoCanSee")}</legend>
            <label className="composer__choice composer__choice--internal">
              <input type="radio" name="visibility" checked={isInternal} onChange={() => setIsInternal(true)} />
              {t("conversation.internal")}
            </label>
            <label className="composer__choice composer__choice--public">
              <input type="radio" name="visibility" checked={!isInternal} onChange={() => setIsInternal(false)} />
              {t("conversation.public")}
            </label>
          </fieldset>
          <button type="button" className="composer__saved" onClick={openSavedReplies} aria-haspopup="dialog">
            {t("conversation.savedReplies")}
          </button>
        </div>
        <label htmlFor={`comment-${ticketId}`} className="visually-hidden">
          {t("conversation.comment")}
        </label>
        <textarea
          ref={field}
          id={`comment-${ticketId}`}
          className="control composer__text"
          rows={1}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setFailure(null);
          }}
          onKeyDown={onKeyDown}
          placeholder={isInternal ? t("conversation.internalPlaceholder") : t("conversation.publicPlaceholder")}
          aria-describedby={`comment-count-${ticketId}`}
          aria-invalid={tooLong || undefined}
          dir="auto"
        />
        <button
          type="submit"
          className="composer__send"
          disabled={length === 0 || tooLong}
          aria-describedby={isInternal ? undefined : `comment-recipients-${ticketId}`}
        >
          <span aria-hidden="true">➤</span>
          <span className="visually-hidden">{isInternal ? t("conversation.sendInternal") : t("conversation.sendPublic")}</span>
        </button>
        <span
          id={`comment-count-${ticketId}`}
          className={tooLong ? "composer__count composer__count--over" : "composer__count"}
          hidden={length < COUNT_FROM}
        >
          {tooLong ? t("conversation.overLimit", { n: length - COMMENT_LIMIT, limit: COMMENT_LIMIT }) : `${length} / ${COMMENT_LIMIT}`}
        </span>
        {isInternal ? null : <PublicReplyNotice id={`comment-recipients-${ticketId}`} contact={contact} quiet={quiet} onQuiet={setQuiet} />}
        {!isInternal && newerServer ? (
          <ReplyExtrasFields
            id={`comment-extras-${ticketId}`}
            extras={extras}
            onChange={(next) => {
              setExtras(next);
              setFailure(null);
            }}
          />
        ) : null}
        {failure ? (
          <p className="composer__failure" role="alert">
            {failure}
          </p>
        ) : null}
      </form>
      <Sheet open={savedOpen} onClose={() => setSavedOpen(false)} title={t("conversation.savedReplies")}>
        <SavedReplies onInsert={insertSavedReply} />
      </Sheet>
    </>
  );
}
