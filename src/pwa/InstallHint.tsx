import { useState } from "react";
import { Button } from "../ui/Button";
import { dismissInstallHint, shouldExplainInstall } from "./install-hint";
import "./InstallHint.css";

/** Once, in an iOS browser: why and how to add the app to the Home Screen. */
export function InstallHint() {
  const [shown, setShown] = useState(shouldExplainInstall);
  if (!shown) return null;
  return (
    <aside className="install-hint" aria-labelledby="install-hint-title">
      <p id="install-hint-title" className="install-hint__title">
        Add Alga Tickets to your Home Screen
      </p>
      <p>
        Tap Share, then “Add to Home Screen”. It opens like an app, and your offline tickets and unsent changes are kept: Safari may delete
        them after 7 days without use while the app is only a website.
      </p>
      <Button
        variant="secondary"
        onClick={() => {
          dismissInstallHint();
          setShown(false);
        }}
      >
        Got it
      </Button>
    </aside>
  );
}
