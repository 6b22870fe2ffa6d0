import { useRef, useState } from "react";
import type { TimeEntryErrors, TimeEntryValues } from "./time-entry-rules";

/**
 * The state of a time-entry form: its values, the errors its last submit found, and a guard so that
 * one tap is one save however fast the taps come.
 */
export function useTimeEntryForm(initial: () => TimeEntryValues) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<TimeEntryErrors>({});
  const done = useRef(false);

  const update = (fields: Partial<TimeEntryValues>) => setValues((current) => ({ ...current, ...fields }));

  /** Runs `action` once for the life of the form: saving, deleting or discarding ends it. */
  async function once(action: () => Promise<void>) {
    if (done.current) return;
    done.current = true;
    await action();
  }

  /** Shows what is wrong, or saves when nothing is. */
  async function submit(found: TimeEntryErrors, save: () => Promise<void>) {
    if (done.current) return;
    setErrors(found);
    if (Object.keys(found).length === 0) await once(save);
  }

  return { values, update, errors, submit, once };
}
