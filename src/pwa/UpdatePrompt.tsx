import { useState } from "react";
import { Button } from "../ui/Button";
import { applyUpdate, useUpdateWaiting } from "./update-waiting";
import "./UpdatePrompt.css";

/** Never reloads on its own: the technician may be typing a note. */
export function UpdatePrompt() {
  const waiting = useUpdateWaiting();
  const [dismissed, setDismissed] = useState(false);
  if (!waiting || dismissed) return null;
  return (
    <div className="update-prompt" role="status">
      <p>A new version of Alga Tickets is ready.</p>
      <div className="update-prompt__actions">
        <Button variant="ghost" onClick={() => setDismissed(true)}>
          Later
        </Button>
        <Button onClick={applyUpdate}>Update</Button>
      </div>
    </div>
  );
}
