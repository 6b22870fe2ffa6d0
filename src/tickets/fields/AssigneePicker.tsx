import { errorText } from "../../auth/error-text";
import { useQuery } from "@tanstack/react-query";
import { t, useT } from "../../i18n/active-language";
import { useDeferredValue, useId, useState } from "react";
import { Button } from "../../ui/Button";
import { useTicketQueries } from "../ticket-queries";
import "./AssigneePicker.css";

function fullName(user: { first_name: string | null; last_name: string | null; email?: string | null }) {
  return [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email || t("fields.unnamedUser");
}

interface AssigneePickerProps {
  onPick: (userId: string, name: string) => void;
  onCancel?: () => void;
  /** What the search finds an agent for, and the name of its results, when a screen holds two pickers. */
  label?: string;
  listLabel?: string;
}

/** Finds an agent by name or email on the server (internal, active users only). */
export function AssigneePicker({ onPick, onCancel, label, listLabel }: AssigneePickerProps) {
  const t = useT();
  const queries = useTicketQueries();
  const searchId = useId();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search);
  const agents = useQuery(queries.agents(deferred));
  return (
    <div className="assignee-picker">
      <label htmlFor={searchId} className="assignee-picker__label">
        {label ?? t("fields.findAgent")}
      </label>
      <input
        id={searchId}
        type="search"
        className="control"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t("fields.nameOrEmail")}
        autoComplete="off"
      />
      {agents.isError ? <p role="alert">{errorText(agents.error)}</p> : null}
      <ul className="assignee-picker__list" aria-label={listLabel ?? t("fields.agents")} aria-busy={agents.isFetching}>
        {(agents.data ?? []).map((user) => (
          <li key={user.user_id}>
            <button type="button" onClick={() => onPick(user.user_id, fullName(user))}>
              <span>{fullName(user)}</span>
              {user.email ? <span className="assignee-picker__email">{user.email}</span> : null}
            </button>
          </li>
        ))}
        {agents.data?.length === 0 ? <li className="assignee-picker__none">{t("fields.noAgentMatches", { text: deferred })}</li> : null}
      </ul>
      {onCancel ? (
        <Button variant="ghost" onClick={onCancel}>
          {t("fields.cancel")}
        </Button>
      ) : null}
    </div>
  );
}
