import { useState, type FormEvent } from "react";
import { TextAreaField } from "../../ui/TextAreaField";
import { Button } from "../../ui/Button";
import { savedReplyProblem, useSavedReplies, type SavedReply } from "./saved-replies";
import "./SavedReplies.css";

/**
 * The technician's saved replies: tap one to put it into the comment at the cursor; add, change or delete
 * them here. They stay on this device, for this account.
 */
export function SavedReplies({ onInsert }: { onInsert: (text: string) => void }) {
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
        <p className="saved-replies__note">No saved replies yet. Save the texts you type again and again, then insert them with one tap.</p>
      ) : (
        <ul className="saved-replies__list" aria-label="Saved replies">
          {replies.map((reply) => (
            <li key={reply.id} className="saved-replies__item">
              <button type="button" className="saved-replies__insert" onClick={() => onInsert(reply.text)}>
                <span className="visually-hidden">Insert: </span>
                <span dir="auto">{reply.text}</span>
              </button>
              <div className="saved-replies__tools">
                <Button variant="ghost" onClick={() => setEditing(reply)} aria-label={`Edit saved reply: ${preview(reply.text)}`}>
                  Edit
                </Button>
                <Button variant="ghost" onClick={() => void remove(reply.id)} aria-label={`Delete saved reply: ${preview(reply.text)}`}>
                  Delete
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Button variant="secondary" onClick={() => setEditing("new")}>
        + New saved reply
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
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = savedReplyProblem(text, others);
    if (problem) return setError(problem);
    onSave(text).catch(() => setError("It could not be saved on this device. Your text is still here."));
  }

  return (
    <form className="sheet-form" onSubmit={onSubmit} noValidate>
      <TextAreaField
        label={initial ? "Saved reply" : "New saved reply"}
        rows={5}
        value={text}
        onChange={(value) => {
          setText(value);
          setError(null);
        }}
        error={error}
      />
      <div className="sheet-form__actions">
        <Button type="submit">Save</Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
