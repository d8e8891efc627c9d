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

/** The request of this tab queued behind another tab's delivery, until it starts. */
let queued = null;

/**
 * Runs `work` (a function returning a promise) while holding the outbox lock, shared by every tab of
 * this origin. When another tab holds it, that tab may have read the outbox before this tab stored
 * its entry and would leave it there, so this tab queues for the lock and delivers after it; one
 * queued request per tab suffices (it reads the outbox when it starts), so a later call while one
 * waits resolves with it, without running its own `work`. Resolves to whether `work` ran.
 */
export async function withOutboxLock(work) {
  if (!navigator.locks) {
    await work();
    return true;
  }
  const ran = await navigator.locks.request('cuota-outbox', { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await work();
    return true;
  });
  if (ran) return true;
  if (queued) {
    await queued;
    return false;
  }
  const request = navigator.locks.request('cuota-outbox', async () => {
    queued = null;
    await work();
  });
  queued = request;
  try {
    await request;
  } finally {
    if (queued === request) queued = null;
  }
  return true;
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
