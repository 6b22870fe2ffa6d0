import { useEffect } from "react";
import { apiClient } from "../api/app-client";
import { fetchLocaleAndTimeZone } from "../api/users";
import { sessionScope, useSession } from "../auth/session";
import { applyAlgaPreferences } from "../i18n/language-choice";

/**
 * Once per start and per sign-in: the user's Alga language and time zone, saved for the next start and applied
 * now. Offline, or where the server would not say (403, an older server), what the device saved last stays.
 */
export function useAlgaPreferences(): void {
  const session = useSession();
  const [server, userId] = session ? sessionScope(session) : [null, null];
  useEffect(() => {
    if (!server || !userId) return;
    const controller = new AbortController();
    fetchLocaleAndTimeZone(apiClient(), userId, controller.signal)
      .then(applyAlgaPreferences)
      .catch(() => undefined);
    return () => controller.abort();
  }, [server, userId]);
}
