import { useEffect, useRef, useState, type FormEvent } from "react";
import { outbox } from "../changes/ticket-outbox";
import { useOnline } from "../../offline/use-online-status";
import { userKeys } from "../../lib/storage-keys";
import { Button } from "../../ui/Button";
import { clearDraft, loadDraft, saveDraft } from "./draft-store";
import "./CommentComposer.css";

/** The server's limit on visible characters (contract §7.2). */
export const COMMENT_LIMIT = 5000;
const SAVE_DELAY_MS = 400;

export function CommentComposer({ ticketId, draftKey, scope }: { ticketId: string; draftKey: string; scope: string }) {
  const [text, setText] = useState("");
  const [isInternal, setIsInternal] = useState(() => localStorage.getItem(userKeys.commentVisibility(scope)) !== "public");
  const [loaded, setLoaded] = useState(false);
  const [sending, setSending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const online = useOnline();
  // The debounced draft save still waiting to run, so sending can cancel it.
  const pendingSave = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let active = true;
    void loadDraft(draftKey).then((draft) => {
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
    if (length === 0 || tooLong || sending) return;
    setSending(true);
    // A save of the text being sent must not land after the draft is cleared: it would come back
    // (twice, once the outbox returns a refused comment to the composer).
    clearTimeout(pendingSave.current);
    try {
      // The outbox keeps its own copy in IndexedDB before sending: from here the text cannot be lost.
      await outbox.enqueue({ kind: "comment", ticketId, text: text.trim(), isInternal }, null);
      await clearDraft(draftKey);
      setText("");
      setNotice(online ? "Comment sent to the outbox." : "Saved. It will be sent when you're back online.");
    } catch {
      setNotice("The comment could not be saved for sending. Your text is still here.");
    } finally {
      setSending(false);
    }
  }

  function chooseVisibility(internal: boolean) {
    setIsInternal(internal);
    localStorage.setItem(userKeys.commentVisibility(scope), internal ? "internal" : "public");
  }

  return (
    <form className="composer" onSubmit={(event) => void onSubmit(event)} aria-labelledby="composer-heading">
      <h3 id="composer-heading" className="composer__heading">
        Add a comment
      </h3>
      <fieldset className="composer__visibility">
        <legend className="visually-hidden">Who can see it</legend>
        <label>
          <input type="radio" name="visibility" checked={isInternal} onChange={() => chooseVisibility(true)} />
          Internal note
        </label>
        <label>
          <input type="radio" name="visibility" checked={!isInternal} onChange={() => chooseVisibility(false)} />
          Public (client can see)
        </label>
      </fieldset>
      <label htmlFor={`comment-${ticketId}`} className="visually-hidden">
        Comment
      </label>
      <textarea
        id={`comment-${ticketId}`}
        className="control composer__text"
        rows={4}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setNotice(null);
        }}
        placeholder={isInternal ? "Internal note for your team" : "Reply visible to the client"}
        aria-describedby={`comment-count-${ticketId}`}
        aria-invalid={tooLong || undefined}
        dir="auto"
      />
      <div className="composer__footer">
        <span id={`comment-count-${ticketId}`} className={tooLong ? "composer__count composer__count--over" : "composer__count"}>
          {tooLong ? `${length - COMMENT_LIMIT} characters over the ${COMMENT_LIMIT} limit` : `${length} / ${COMMENT_LIMIT}`}
        </span>
        <Button type="submit" busy={sending} disabled={length === 0 || tooLong}>
          {isInternal ? "Add internal note" : "Send public reply"}
        </Button>
      </div>
      {notice ? (
        <p className="composer__notice" role="status">
          {notice}
        </p>
      ) : null}
    </form>
  );
}
