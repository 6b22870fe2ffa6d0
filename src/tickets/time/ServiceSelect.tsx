import { useQuery } from "@tanstack/react-query";
import { useTicketQueries } from "../ticket-queries";
import { FieldError } from "./FieldError";
import { useT } from "../../i18n/active-language";

/** The service time is logged under (the server requires one, contract §10), with its error under it (beside the label, so not part of its name). */
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
  const t = useT();
  const services = useQuery(useTicketQueries().services());
  return (
    <div className="log-time__field">
      <label>
        <span>{t("time.service")}</span>
        <select
          className="control"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={error ? errorId : undefined}
        >
          <option value="">{services.isPending ? t("time.loadingServices") : t("time.chooseService")}</option>
          {services.data?.map((service) => (
            <option key={service.service_id} value={service.service_id}>
              {service.service_name}
            </option>
          ))}
        </select>
      </label>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
