import { useId, useState, type FormEvent } from "react";
import { ApiError, isUnreachable } from "../../api/errors";
import { errorText } from "../../auth/error-text";
import { Button } from "../../ui/Button";
import { countNamed } from "../changes/send-checklist";
import type { SectionProps } from "../section-props";
import { useChecklist, type ShownItem } from "./use-checklist";
import { queueChange } from "../changes/use-queue-change";
import { useT } from "../../i18n/active-language";
import "./ChecklistSection.css";

/** Long enough for any real step; the server sets no limit, a phone screen does. */
export const ITEM_NAME_LIMIT = 255;

/** "Checklist 2/5" on the tab, once the checklist is known and has items. */
export function ChecklistLabel({ ticketId, name }: { ticketId: string; name: string }) {
  const t = useT();
  const { items } = useChecklist(ticketId);
  if (!items || items.length === 0) return name;
  const done = items.filter((item) => item.completed).length;
  return (
    <>
      {t("checklist.tabCount", { name, done, total: items.length })}
      <span className="visually-hidden">{t("checklist.tabDone")}</span>
    </>
  );
}

/** The ticket's checklist: tick and untick, add an item; every change goes through the outbox. */
export function ChecklistSection({ ticket }: SectionProps) {
  const t = useT();
  const { query, items } = useChecklist(ticket.ticket_id);
  if (!items) {
    if (query.error instanceof ApiError && query.error.kind === "forbidden") {
      return <p className="checklist__note">{t("checklist.forbidden")}</p>;
    }
    if (query.isError) {
      const offline = isUnreachable(query.error);
      return (
        <p className="checklist__note" role="alert">
          {offline ? t("checklist.notLoaded") : errorText(query.error)}{" "}
          <Button variant="ghost" onClick={() => void query.refetch()}>
            {t("checklist.retry")}
          </Button>
        </p>
      );
    }
    return <p className="checklist__note">{t("checklist.loading")}</p>;
  }
  const done = items.filter((item) => item.completed).length;
  const requiredOpen = items.filter((item) => item.required && !item.completed).length;
  return (
    <div className="checklist">
      {items.length > 0 ? (
        <>
          <p className="checklist__progress">
            <progress max={items.length} value={done} aria-label={t("checklist.progressLabel")} />{" "}
            {requiredOpen > 0
              ? t("checklist.progressRequired", { done, total: items.length, n: requiredOpen })
              : t("checklist.progress", { done, total: items.length })}
          </p>
          <ul className="checklist__items" aria-label={t("checklist.checklist")}>
            {items.map((item) => (
              <ChecklistRow key={item.key} item={item} ticketId={ticket.ticket_id} />
            ))}
          </ul>
        </>
      ) : (
        <p className="checklist__note">{t("checklist.none")}</p>
      )}
      <AddItemForm ticketId={ticket.ticket_id} names={query.data?.map((item) => item.item_name) ?? []} />
    </div>
  );
}

function ChecklistRow({ item, ticketId }: { item: ShownItem; ticketId: string }) {
  const t = useT();
  const id = useId();
  // Short labels side by side, not a sentence: each is whole in the catalogue.
  const state = [
    item.required ? t("checklist.required") : t("checklist.optional"),
    item.completedBy && item.completed ? t("checklist.doneBy", { name: item.completedBy }) : null,
    item.mark === "sending" ? (item.itemId ? t("checklist.notSentYet") : t("checklist.notSentYetTick")) : null,
    item.mark === "delivered" ? t("checklist.sent") : null,
  ];
  return (
    <li className={item.completed ? "checklist__item checklist__item--done" : "checklist__item"}>
      <input
        id={id}
        type="checkbox"
        className="checklist__box"
        checked={item.completed}
        disabled={item.itemId === null}
        aria-describedby={`${id}-state`}
        onChange={(event) => {
          if (!item.itemId) return;
          const change = {
            kind: "checklistTick",
            ticketId,
            itemId: item.itemId,
            itemName: item.name,
            completed: event.target.checked,
          } as const;
          void queueChange(change, null);
        }}
      />
      <label htmlFor={id} className="checklist__name" dir="auto">
        {item.name}
      </label>
      <span id={`${id}-state`} className="checklist__state">
        {state.filter(Boolean).join(" · ")}
      </span>
    </li>
  );
}

function AddItemForm({ ticketId, names }: { ticketId: string; names: string[] }) {
  const t = useT();
  const [name, setName] = useState("");
  const [required, setRequired] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const itemName = name.trim();
    if (!itemName) return setError(t("checklist.typeFirst"));
    if (itemName.length > ITEM_NAME_LIMIT) return setError(t("checklist.tooLong", { limit: ITEM_NAME_LIMIT, length: itemName.length }));
    const seen = countNamed(
      names.map((item_name) => ({ item_name })),
      itemName,
    );
    void queueChange({ kind: "checklistAdd", ticketId, itemName, isRequired: required, seen }, null);
    setName("");
    setError(null);
  }

  return (
    <form className="checklist__add" onSubmit={onSubmit} aria-label={t("checklist.addItem")} noValidate>
      <label htmlFor={fieldId} className="checklist__add-label">
        {t("checklist.newItem")}
      </label>
      <div className="checklist__add-row">
        <input
          id={fieldId}
          className="control"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-error` : undefined}
          enterKeyHint="done"
          dir="auto"
        />
        <Button type="submit">{t("checklist.add")}</Button>
      </div>
      <label className="checklist__required">
        <input type="checkbox" checked={required} onChange={(event) => setRequired(event.target.checked)} />{" "}
        {t("checklist.requiredBeforeClosing")}
      </label>
      {error ? (
        <p id={`${fieldId}-error`} className="checklist__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
