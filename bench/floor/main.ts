// The floor: React 19 and ReactDOM painting one heading, and a service worker for offline starts.
import { createElement } from "react";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("root")!).render(createElement("h1", null, "Tickets"));
void navigator.serviceWorker?.register("/sw.js");
