import { useQuery } from "@tanstack/react-query";
import { useTicketQueries } from "../ticket-queries";

/** The service time is logged under (the server requires one, contract §10), with its error under it. */
export function ServiceSelect({
  value,
  onChange,
  error,
  errorId,
}: {
  value: string;
  onChange: (serviceId: string) => void;
  error?: string;
  errorId: string;
}) {
  const services = useQuery(useTicketQueries().services());
  return (
    <label>
      <span>Service</span>
      <select
        className="control"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={Boolean(error) || undefined}
        aria-describedby={error ? errorId : undefined}
      >
        <option value="">{services.isPending ? "Loading services…" : "Choose a service"}</option>
        {services.data?.map((service) => (
          <option key={service.service_id} value={service.service_id}>
            {service.service_name}
          </option>
        ))}
      </select>
      {error ? (
        <span className="log-time__error" id={errorId}>
          {error}
        </span>
      ) : null}
    </label>
  );
}
