import { useState } from "react";
import { toLocalInput } from "../../lib/local-time";
import { Button } from "../../ui/Button";
import { ConfirmStep } from "../../ui/ConfirmStep";
import { queueChange } from "../changes/use-queue-change";
import { checkTimeEntry } from "./time-entry-rules";
import type { TimeRow } from "./time-rows";
import { TimeEntryForm } from "./TimeEntryForm";
import { useTimeEntryForm } from "./use-time-entry-form";
import { useT } from "../../i18n/active-language";

/**
 * Changes or deletes one of the user's entries, through the outbox like every change. Both times are
 * always sent: the server does not check a single moved end against the start (fieldkit §4.4).
 */
export function EditTimeEntrySheet({ row, onDone }: { row: TimeRow & { entry: NonNullable<TimeRow["entry"]> }; onDone: () => void }) {
  const t = useT();
  const form = useTimeEntryForm(() => ({
    start: toLocalInput(Date.parse(row.start)),
    end: toLocalInput(Date.parse(row.end ?? row.start)),
    serviceId: row.serviceId ?? "",
    notes: row.notes,
    isBillable: row.isBillable,
  }));
  const { values } = form;
  const [deleting, setDeleting] = useState(false);
  const ticketId = row.ticketId ?? "";

  async function onSubmit() {
    const check = checkTimeEntry(values);
    await form.submit(check.ok ? {} : check.errors, async () => {
      if (!check.ok) return;
      await queueChange(
        {
          kind: "timeEntryEdit",
          ticketId,
          entryId: row.entry.id,
          set: {
            start_time: new Date(check.start).toISOString(),
            end_time: new Date(check.end).toISOString(),
            notes: values.notes.trim(),
            service_id: values.serviceId,
            is_billable: values.isBillable,
          },
        },
        row.entry.updatedAt,
        { message: t("time.entryChanged") },
      );
      onDone();
    });
  }

  const remove = () =>
    form.once(async () => {
      await queueChange({ kind: "timeEntryDelete", ticketId, entryId: row.entry.id }, null, { message: t("time.entryDeleted") });
      onDone();
    });

  if (deleting) {
    return (
      <ConfirmStep
        question={t("time.deleteQuestion")}
        action={t("time.deleteConfirm")}
        onConfirm={() => void remove()}
        onBack={() => setDeleting(false)}
      />
    );
  }

  return (
    <TimeEntryForm
      label={t("time.editEntry")}
      values={values}
      onChange={form.update}
      errors={form.errors}
      onSubmit={onSubmit}
      submitLabel={t("time.saveChanges")}
      after={
        <Button variant="ghost" onClick={() => setDeleting(true)}>
          {t("time.deleteEntry")}
        </Button>
      }
    />
  );
}
