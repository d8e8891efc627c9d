// Tests of tools/lead-receiver.mjs, the real receiver `make dev` and the e2e suite use:
// `node --test tools/lead-receiver.test.mjs`. Starts the command on a free port in a temporary dir.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = join(dirname(fileURLToPath(import.meta.url)), 'lead-receiver.mjs');
const dir = mkdtempSync(join(tmpdir(), 'lead-receiver-'));
let child;
let base;

before(async () => {
  child = spawn(process.execPath, [script, '--port', '0', '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  base = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(String(d));
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
});

after(() => child.kill());

const control = (body) => fetch(`${base}/_control`, { method: 'POST', body: JSON.stringify(body) });
const received = () => fetch(`${base}/_received`).then((r) => r.json());
const post = (key, body, headers = {}) => fetch(`${base}/leads`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body ?? { idempotency_key: key, name: 'Ana' }),
});
const lines = (name) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

test('listens on loopback and answers CORS preflights', async () => {
  assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
  const r = await fetch(`${base}/leads`, { method: 'OPTIONS' });
  assert.equal(r.status, 204);
  assert.equal(r.headers.get('access-control-allow-origin'), '*');
  assert.match(r.headers.get('access-control-allow-headers'), /Idempotency-Key/);
  assert.match(r.headers.get('access-control-expose-headers'), /Retry-After/);
});

test('stores each lead once as a JSON line, keyed by header, body or form field', async () => {
  await control({ reset: true });
  const first = await post('k-1');
  assert.equal(first.status, 200);
  assert.deepEqual(await first.json(), { stored: true, id: 'k-1' });
  assert.deepEqual(await (await post('k-1')).json(), { duplicate: true });
  await post(null, { idempotency_key: 'k-2', name: '<script>x</script>' });
  await fetch(`${base}/leads`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'oid=1&idempotency_key=k-3' });
  const r = await received();
  assert.deepEqual(r.leads.map((l) => l.key), ['k-1', 'k-2', 'k-3']);
  assert.equal(r.leads[1].json.name, '<script>x</script>', 'kept verbatim');
  assert.equal(r.duplicates.length, 1);
  assert.deepEqual(lines('leads.jsonl').map((l) => l.key), ['k-1', 'k-2', 'k-3']);
  assert.equal(lines('duplicates.jsonl').length, 1);
});

test('fails, rate-limits and delays as told, then recovers', async () => {
  await control({ reset: true });
  await control({ fail: { status: 500, times: 2 } });
  assert.equal((await post('a')).status, 500);
  assert.equal((await post('a')).status, 500);
  assert.equal((await post('a')).status, 200);
  await control({ rate_limit: { retry_after: 7, times: 1 } });
  const limited = await post('b');
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('retry-after'), '7');
  await control({ delay_ms: 300, times: 1 });
  const t0 = Date.now();
  assert.equal((await post('c')).status, 200);
  assert.ok(Date.now() - t0 >= 300);
  const r = await received();
  assert.deepEqual(r.attempts.map((a) => a.status), [500, 500, 200, 429, 200]);
  assert.deepEqual(r.leads.map((l) => l.key), ['a', 'c']);
});

test('a reset forgets leads, keys and faults', async () => {
  await control({ fail: { status: 503, times: 5 } });
  await control({ reset: true });
  assert.equal((await post('a')).status, 200, 'the key is new again and no fault remains');
  assert.equal((await received()).leads.length, 1);
});

test('a bad control command is a 400 with its reason', async () => {
  const r = await fetch(`${base}/_control`, { method: 'POST', body: '{not json' });
  assert.equal(r.status, 400);
  assert.match((await r.json()).error, /JSON/);
});
