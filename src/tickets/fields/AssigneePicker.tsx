import { useQuery } from "@tanstack/react-query";
import { t, useT } from "../../i18n/active-language";
import { useDeferredValue, useState } from "react";
import { Button } from "../../ui/Button";
import { useTicketQueries } from "../ticket-queries";
import "./AssigneePicker.css";

function fullName(user: { first_name: string | null; last_name: string | null; email?: string | null }) {
  return [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email || t("fields.unnamedUser");
}

/** Finds an agent by name or email on the server (internal, active users only). */
export function AssigneePicker({ onPick, onCancel }: { onPick: (userId: string, name: string) => void; onCancel?: () => void }) {
  const t = useT();
  const queries = useTicketQueries();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search);
  const agents = useQuery(queries.agents(deferred));
  return (
    <div className="assignee-picker">
      <label htmlFor="assignee-search" className="assignee-picker__label">
        {t("fields.findAgent")}
      </label>
      <input
        id="assignee-search"
        type="search"
        className="control"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t("fields.nameOrEmail")}
        autoComplete="off"
      />
      {agents.isError ? <p role="alert">{agents.error.message}</p> : null}
      <ul className="assignee-picker__list" aria-label={t("fields.agents")} aria-busy={agents.isFetching}>
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
