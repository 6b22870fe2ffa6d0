import { TicketsLayout } from "../tickets/list/TicketsLayout";
import { FormListsOnDevice } from "../tickets/new/FormListsOnDevice";

/**
 * The tickets screens, with the create form's lists kept on the device beside them: a sibling, so its checks
 * re-render nothing else, and it starts once the list's own requests are done.
 */
export function TicketsRoute() {
  return (
    <>
      <TicketsLayout />
      <FormListsOnDevice />
    </>
  );
}
