import { isIosBrowser } from "../pwa/install-hint";

// In one place for translation.
const words = {
  heading: "What needs you",
  open: "While the app is open, it asks Alga about once a minute what needs you (For me) and puts the number on its icon where your device allows.",
  closed:
    "When the app is closed, nothing arrives: Alga sends alerts only to its own phone app today. If Alga accepted Web Push, this app could alert you while closed too.",
  ios: "On iPhone and iPad nothing arrives while the app is closed or in the background.",
} as const;

/** Says honestly what the app can tell the technician, and when it cannot (docs/upstream-for-me.md). */
export function WhatArrives() {
  return (
    <section aria-labelledby="alerts-heading" className="settings__section">
      <h2 id="alerts-heading">{words.heading}</h2>
      <p className="settings__hint">{words.open}</p>
      <p className="settings__hint">{isIosBrowser() ? words.ios : words.closed}</p>
    </section>
  );
}
