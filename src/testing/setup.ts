// IndexedDB for idb-keyval in unit tests; each test file gets a fresh database.
import "fake-indexeddb/auto";
import { applyLanguage } from "../i18n/active-language";

// The app renders once its language's catalogue is loaded (main.tsx): tests render in English.
await applyLanguage("en");

// jsdom has <dialog> but not its modal methods; the sheets only need open/close and the close event.
// (Files that run in the node environment have no DOM at all.)
if (typeof HTMLDialogElement !== "undefined") {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event("close"));
  };
}

// jsdom lays nothing out, so nothing ever resizes: an observer that never calls back is faithful enough.
if (typeof window !== "undefined") {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
