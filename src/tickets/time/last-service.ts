import { userKeys } from "../../lib/storage-keys";

/** The service the technician used last: a timer starts with it, the review sheet offers it first. */
export const lastService = () => localStorage.getItem(userKeys.lastService) ?? "";
export const rememberService = (serviceId: string) => localStorage.setItem(userKeys.lastService, serviceId);
