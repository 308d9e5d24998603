// Dexie looks for indexedDB when first imported: install the in-memory one before any test module loads.
import 'fake-indexeddb/auto';
