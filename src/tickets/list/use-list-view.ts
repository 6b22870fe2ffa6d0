import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { userKeys } from "../../lib/storage-keys";
import { paramsFromView, viewFromParams, type ListView } from "./list-view";

/** The last view this user chose on this device, as URL parameters ("" for the default view). */
export function rememberedListParams(server: string, userId: string): string {
  return localStorage.getItem(userKeys.listView(server, userId)) ?? "";
}

/** The list view from the URL; changing it replaces the URL and remembers it for this user. */
export function useListView(server: string, userId: string): [ListView, (next: ListView) => void] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewFromParams(params), [params]);
  const setView = useCallback(
    (next: ListView) => {
      const nextParams = paramsFromView(next);
      localStorage.setItem(userKeys.listView(server, userId), nextParams.toString());
      setParams(nextParams, { replace: true });
    },
    [server, userId, setParams],
  );
  return [view, setView];
}
