import { useState, type FormEvent } from "react";
import { useT } from "../../i18n/active-language";
import { TextAreaField } from "../../ui/TextAreaField";
import { Button } from "../../ui/Button";
import { savedReplyProblem, useSavedReplies, type SavedReply } from "./saved-replies";
import "./SavedReplies.css";

/**
 * The technician's saved replies: tap one to put it into the comment at the cursor; add, change or delete
 * them here. They stay on this device, for this account.
 */
export function SavedReplies({ onInsert }: { onInsert: (text: string) => void }) {
  const t = useT();
  const { replies, add, update, remove } = useSavedReplies();
  const [editing, setEditing] = useState<SavedReply | "new" | null>(null);

  if (editing) {
    const others = replies.filter((reply) => editing === "new" || reply.id !== editing.id);
    return (
      <SavedReplyForm
        initial={editing === "new" ? "" : editing.text}
        others={others}
        onSave={async (text) => {
          await (editing === "new" ? add(text) : update(editing.id, text));
          setEditing(null);
        }}
        onCancel={() => setEditing(null)}
      />
    );
  }
  return (
    <div className="saved-replies">
      {replies.length === 0 ? (
        <p className="saved-replies__note">{t("conversation.noSavedReplies")}</p>
      ) : (
        <ul className="saved-replies__list" aria-label={t("conversation.savedReplies")}>
          {replies.map((reply) => (
            <li key={reply.id} className="saved-replies__item">
              <button type="button" className="saved-replies__insert" onClick={() => onInsert(reply.text)}>
                <span className="visually-hidden">{t("conversation.insert")} </span>
                <span dir="auto">{reply.text}</span>
              </button>
              <div className="saved-replies__tools">
                <Button
                  variant="ghost"
                  onClick={() => setEditing(reply)}
                  aria-label={t("conversation.editSaved", { text: preview(reply.text) })}
                >
                  {t("conversation.edit")}
                </Button>
                <Button
                  variant="ghost"
                  onClick={() => void remove(reply.id)}
                  aria-label={t("conversation.deleteSaved", { text: preview(reply.text) })}
                >
                  {t("conversation.delete")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Button variant="secondary" onClick={() => setEditing("new")}>
        + {t("conversation.newSavedReply")}
      </Button>
    </div>
  );
}

const preview = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function SavedReplyForm({
  initial,
  others,
  onSave,
  onCancel,
}: {
  initial: string;
  others: SavedReply[];
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = savedReplyProblem(text, others);
    if (problem) return setError(problem);
    onSave(text).catch(() => setError(t("conversation.savedReplyFailed")));
  }

  return (
    <form className="sheet-form" onSubmit={onSubmit} noValidate>
      <TextAreaField
        label={initial ? t("conversation.savedReply") : t("conversation.newSavedReply")}
        rows={5}
        value={text}
        onChange={(value) => {
          setText(value);
          setError(null);
        }}
        error={error}
      />
      <div className="sheet-form__actions">
        <Button type="submit">{t("conversation.save")}</Button>
        <Button variant="ghost" onClick={onCancel}>
          {t("conversation.cancel")}
        </Button>
      </div>
    </form>
  );
}
