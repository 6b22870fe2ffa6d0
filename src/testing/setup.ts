// IndexedDB for idb-keyval in unit tests; each test file gets a fresh database.
import "fake-indexeddb/auto";
