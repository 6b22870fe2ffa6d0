// IndexedDB for idb-keyval in unit tests; each test file gets a fresh database.
import "fake-indexeddb/auto";

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

// jsdom lays nothing out, so no size ever changes: an observer that never reports is what it would do.
if (typeof window !== "undefined") {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
