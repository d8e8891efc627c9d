// Thin browser adapters for the lead outbox (src/ui/outbox.rs): IndexedDB storage of entries as JSON
// text, a Web Lock so that one tab at a time delivers, and one HTTP attempt with a timeout. Every rule
// (what to store, when to retry, what a status means) lives in Rust (src/leads/).

const DB = 'cuota';
const STORE = 'outbox';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function transaction(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** Stores (or replaces) entry `id`, durably, before resolving. */
export function outboxPut(id, json) {
  return transaction('readwrite', (store) => store.put({ id, json })).then(() => undefined);
}

/** Every stored entry's JSON text. */
export function outboxAll() {
  return transaction('readonly', (store) => store.getAll()).then((rows) => rows.map((r) => r.json));
}

/** Removes entry `id`. */
export function outboxRemove(id) {
  return transaction('readwrite', (store) => store.delete(id)).then(() => undefined);
}

/**
 * Runs `work` (a function returning a promise) while holding the outbox lock, shared by every tab of
 * this origin; resolves to false without running it when another tab holds the lock.
 */
export function withOutboxLock(work) {
  if (!navigator.locks) return work().then(() => true);
  return navigator.locks.request('cuota-outbox', { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await work();
    return true;
  });
}

/**
 * One attempt: resolves to `{ kind: 'response', status, retryAfter }`, `{ kind: 'opaque' }` (sent
 * without CORS: delivered, answer unreadable), `{ kind: 'timeout' }` or `{ kind: 'network', message }`;
 * never rejects. `headers` is an array of [name, value] pairs.
 */
export async function sendOnce(method, url, headers, body, timeoutMs, opaque) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      method, headers, body, signal: controller.signal, mode: opaque ? 'no-cors' : 'cors',
      credentials: 'omit', cache: 'no-store', referrerPolicy: 'strict-origin-when-cross-origin',
    });
    if (response.type === 'opaque') return { kind: 'opaque' };
    // Read the body so the connection is released; its content is not needed.
    await response.arrayBuffer().catch(() => undefined);
    return { kind: 'response', status: response.status, retryAfter: response.headers.get('Retry-After') };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'timeout' };
    return { kind: 'network', message: String(error?.message ?? error) };
  } finally {
    clearTimeout(timer);
  }
}
