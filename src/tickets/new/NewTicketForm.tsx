import { useQuery } from "@tanstack/react-query";
import { useT } from "../../i18n/active-language";
import type { MessageKey } from "../../i18n/catalogue-types";
import { useMemo, useRef, useState, type FormEvent } from "react";
import { useOnline } from "../../offline/use-online-status";
import { Button } from "../../ui/Button";
import type { NewTicketChoices } from "../changes/new-ticket";
import { useTicketQueries } from "../ticket-queries";
import { described, Field, SearchPicker, SelectField } from "./FormFields";
import { DESCRIPTION_MAX, TITLE_MAX, validateDraft, type FieldErrors, type FormField, type NewTicketDraft } from "./new-ticket-form";
import { AssigneeField, ClientOptions, contactOptions } from "./ReferencePickers";
import { useReferenceQueries } from "../reference-queries";

/** The order of the fields on screen: the first one in error takes the focus. */
const FIELD_IDS: [FormField, string][] = [
  ["title", "new-title"],
  ["client", "new-client"],
  ["contact", "new-contact"],
  ["location", "new-location"],
  ["board", "new-board"],
  ["status", "new-status"],
  ["priority", "new-priority"],
  ["category", "new-category"],
  ["assignee", "new-assignee"],
  ["description", "new-description"],
];

export interface NewTicketFormProps {
  initial: NewTicketDraft;
  /** The server's refusal of this ticket, on its fields. */
  refusal: FieldErrors | null;
  busy: boolean;
  submitLabel: string;
  /** Each change of what is typed or picked (to keep the draft). */
  onDraft: (draft: NewTicketDraft) => void;
  onSubmit: (choices: NewTicketChoices) => void;
}

export function NewTicketForm({ initial, refusal, busy, submitLabel, onDraft, onSubmit }: NewTicketFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>(refusal ?? {});
  const online = useOnline();
  const refs = useReferenceQueries();
  const queries = useTicketQueries();
  const boards = useQuery(refs.boards());
  const statuses = useQuery({ ...queries.statuses(draft.board?.id), enabled: Boolean(draft.board) });
  const priorities = useQuery(queries.priorities());
  const locations = useQuery({ ...refs.locations(draft.client?.id ?? ""), enabled: Boolean(draft.client) });
  const categories = useQuery({ ...refs.categories(draft.board?.id ?? ""), enabled: Boolean(draft.board) });
  const ContactOptions = useMemo(() => contactOptions(draft.client?.id), [draft.client?.id]);
  const form = useRef<HTMLFormElement>(null);
  const t = useT();
  const notLoaded = (list: { data?: unknown; isError: boolean }, key: MessageKey) => (!list.data && list.isError ? t(key) : undefined);

  // A new refusal from the server replaces what the form showed.
  const [shownRefusal, setShownRefusal] = useState(refusal);
  if (refusal !== shownRefusal) {
    setShownRefusal(refusal);
    setErrors(refusal ?? {});
  }

  function change(next: Partial<NewTicketDraft>) {
    const updated = { ...draft, ...next };
    setDraft(updated);
    onDraft(updated);
    // A field the technician changed is no longer what was refused or missing.
    setErrors((current) => {
      const rest = { ...current };
      for (const field of Object.keys(next) as FormField[]) delete rest[field];
      return rest;
    });
  }

  // The board the admin marks as default, once, for a form that has none; then the board's default open status.
  const defaultBoard = boards.data?.find((board) => board.is_default) ?? boards.data?.[0];
  const [boardDefaulted, setBoardDefaulted] = useState(Boolean(initial.board));
  if (!boardDefaulted && defaultBoard) {
    setBoardDefaulted(true);
    setDraft((current) => ({ ...current, board: current.board ?? { id: defaultBoard.board_id, name: defaultBoard.board_name } }));
  }
  const boardStatuses = useMemo(
    () => (statuses.data ?? []).filter((status) => status.board_id === draft.board?.id),
    [statuses.data, draft.board?.id],
  );
  const openStatuses = boardStatuses.filter((status) => !status.is_closed);
  const defaultStatus = draft.status ? undefined : (openStatuses.find((status) => status.is_default) ?? openStatuses[0]);
  if (defaultStatus) setDraft((current) => ({ ...current, status: { id: defaultStatus.status_id, name: defaultStatus.name } }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateDraft(draft);
    setErrors(result.errors);
    if (result.choices) {
      onSubmit(result.choices);
      return;
    }
    const first = FIELD_IDS.find(([field]) => result.errors[field]);
    if (first) form.current?.querySelector<HTMLElement>(`#${first[1]}`)?.focus();
  }

  const titleLength = draft.title.trim().length;
  return (
    <form ref={form} className="new-ticket" aria-label={t("new.title")} noValidate onSubmit={submit}>
      {errors.form ? (
        <p className="new-ticket__form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <Field
        id="new-title"
        label={t("new.fieldTitle")}
        required
        error={errors.title}
        hint={titleLength > TITLE_MAX - 55 ? t("new.titleLength", { count: titleLength, max: TITLE_MAX }) : undefined}
      >
        <input
          id="new-title"
          className="control"
          value={draft.title}
          onChange={(event) => change({ title: event.target.value })}
          autoComplete="off"
          enterKeyHint="next"
          {...described("new-title", errors.title, titleLength > TITLE_MAX - 55)}
        />
      </Field>
      <SearchPicker
        id="new-client"
        label={t("new.client")}
        searchLabel={t("new.findClient")}
        required
        value={draft.client}
        placeholder={t("new.chooseClient")}
        error={errors.client}
        Options={ClientOptions}
        onChange={(client) => client?.id !== draft.client?.id && change({ client, contact: null, location: null })}
      />
      <SearchPicker
        id="new-contact"
        label={t("new.contact")}
        searchLabel={t("new.findContact")}
        value={draft.contact}
        placeholder={t("new.noContact")}
        clearLabel={t("new.noContact")}
        error={errors.contact}
        Options={ContactOptions}
        onChange={(contact) => change({ contact })}
      />
      <SelectField
        id="new-location"
        label={t("new.location")}
        value={draft.location}
        placeholder={t(draft.client ? "new.noLocation" : "new.chooseClientFirst")}
        options={(locations.data ?? []).map((location) => ({
          id: location.location_id,
          name: [location.location_name, location.city].filter(Boolean).join(", ") || t("new.unnamedLocation"),
        }))}
        hint={notLoaded(locations, "new.locationsNotLoaded")}
        error={errors.location}
        onChange={(location) => change({ location })}
      />
      <SelectField
        id="new-board"
        label={t("new.board")}
        required
        value={draft.board}
        placeholder={t("new.chooseBoard")}
        options={(boards.data ?? []).map((board) => ({ id: board.board_id, name: board.board_name }))}
        hint={notLoaded(boards, "new.boardsNotLoaded")}
        error={errors.board}
        onChange={(board) => board?.id !== draft.board?.id && change({ board, status: null, category: null })}
      />
      <SelectField
        id="new-status"
        label={t("new.status")}
        required
        value={draft.status}
        placeholder={t(draft.board ? "new.chooseStatus" : "new.chooseBoardFirst")}
        options={boardStatuses.map((status) => ({ id: status.status_id, name: status.name }))}
        hint={notLoaded(statuses, "new.statusesNotLoaded")}
        error={errors.status}
        onChange={(status) => change({ status })}
      />
      <SelectField
        id="new-priority"
        label={t("new.priority")}
        required
        value={draft.priority}
        placeholder={t("new.choosePriority")}
        options={(priorities.data ?? []).map((priority) => ({ id: priority.priority_id, name: priority.priority_name }))}
        hint={notLoaded(priorities, "new.prioritiesNotLoaded")}
        error={errors.priority}
        onChange={(priority) => change({ priority })}
      />
      {categories.data === null ? null : (
        <CategoryField
          value={draft.category}
          categories={categories.data ?? []}
          hint={notLoaded(categories, "new.categoriesNotLoaded")}
          error={errors.category}
          onChange={(category) => change({ category })}
        />
      )}
      <AssigneeField value={draft.assignee} error={errors.assignee} onChange={(assignee) => change({ assignee })} />
      <Field
        id="new-description"
        label={t("new.description")}
        error={errors.description}
        hint={
          draft.description.length > 1_000
            ? t("new.plainTextLength", { count: draft.description.length, max: DESCRIPTION_MAX })
            : t("new.plainText")
        }
      >
        <textarea
          id="new-description"
          className="control"
          rows={6}
          value={draft.description}
          onChange={(event) => change({ description: event.target.value })}
          {...described("new-description", errors.description, true)}
        />
      </Field>
      <div className="new-ticket__submit">
        {online ? null : <p className="new-ticket__hint">{t("new.offline")}</p>}
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function CategoryField({
  value,
  categories,
  hint,
  error,
  onChange,
}: {
  value: NewTicketDraft["category"];
  categories: { category_id: string; category_name: string; parent_category?: string | null }[];
  hint?: string;
  error?: string;
  onChange: (category: NewTicketDraft["category"]) => void;
}) {
  const t = useT();
  const names = new Map(categories.map((category) => [category.category_id, category.category_name]));
  const options = categories
    .map((category) => {
      const parent = category.parent_category ? names.get(category.parent_category) : undefined;
      return {
        id: category.category_id,
        name: parent ? `${parent} › ${category.category_name}` : category.category_name,
        parentId: category.parent_category,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <SelectField
      id="new-category"
      label={t("new.category")}
      value={value}
      placeholder={t("new.noCategory")}
      options={options}
      hint={hint}
      error={error}
      onChange={(choice) => onChange(choice ? (options.find((option) => option.id === choice.id) ?? choice) : null)}
    />
  );
}
