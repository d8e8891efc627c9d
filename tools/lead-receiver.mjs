// A real lead receiver for development and tests: stores every lead it accepts on disk as JSON lines,
// answers CORS, de-duplicates by idempotency key, and can be told to fail, delay or rate-limit.
//
//   node tools/lead-receiver.mjs [--port 8787] [--dir .leads]     (--port 0: any free port, printed)
//
// Endpoints (loopback only):
//   POST|PUT <any path>   a lead. 200 {"stored":true,"id":…}, or 200 {"duplicate":true} for an idempotency
//                         key already stored (the repeat goes to duplicates.jsonl, never stored twice).
//   POST /_control        {"fail":{"status":500,"times":1}} | {"delay_ms":3000,"times":1}
//                         | {"rate_limit":{"retry_after":2,"times":1}} | {"reset":true}
//   GET  /_received       {"leads":[…],"duplicates":[…],"attempts":[{time,status,key}]}
//
// The key is the `Idempotency-Key` header, else the body's `idempotency_key` (JSON), else the form
// field `idempotency_key` (Salesforce Web-to-Lead carries it in a custom field).
import { createServer } from 'node:http';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const port = Number(option('port', 8787));
const dir = resolve(option('dir', '.leads'));
const files = { leads: join(dir, 'leads.jsonl'), duplicates: join(dir, 'duplicates.jsonl') };
mkdirSync(dir, { recursive: true });

let faults = []; // [{kind: 'fail'|'delay'|'rate_limit', times, …}], applied in order
let attempts = [];
let generation = 0; // bumped by reset: requests still in flight from before are then ignored
const keys = new Set(readLines(files.leads).map((l) => l.key).filter(Boolean));

function readLines(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, PUT, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '600',
};

function answer(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...CORS, ...headers });
  res.end(JSON.stringify(body));
}

function keyOf(req, body) {
  const header = req.headers['idempotency-key'];
  if (header) return String(header);
  try { const j = JSON.parse(body); if (j && typeof j.idempotency_key === 'string') return j.idempotency_key; } catch { /* not JSON */ }
  const form = new URLSearchParams(body);
  return form.get('idempotency_key') ?? form.get('00N_idempotency_key') ?? null;
}

function takeFault() {
  const f = faults[0];
  if (!f) return null;
  f.times -= 1;
  if (f.times <= 0) faults.shift();
  return f;
}

function control(command) {
  if (command.reset) {
    faults = []; attempts = []; keys.clear(); generation += 1;
    writeFileSync(files.leads, ''); writeFileSync(files.duplicates, '');
  }
  if (command.fail) faults.push({ kind: 'fail', status: command.fail.status ?? 500, times: command.fail.times ?? 1 });
  if (command.delay_ms) faults.push({ kind: 'delay', ms: command.delay_ms, times: command.times ?? 1 });
  if (command.rate_limit) faults.push({ kind: 'rate_limit', retryAfter: command.rate_limit.retry_after ?? 1, times: command.rate_limit.times ?? 1 });
}

async function lead(req, res, body) {
  const key = keyOf(req, body);
  const fault = takeFault();
  const mine = generation;
  const record = (status) => attempts.push({ time: Date.now(), status, key });
  if (fault?.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
  if (mine !== generation) return answer(res, 503, { error: 'the receiver was reset' });
  if (res.destroyed || req.socket.destroyed) { record(0); return; }
  if (fault?.kind === 'fail') { record(fault.status); return answer(res, fault.status, { error: 'told to fail' }); }
  if (fault?.kind === 'rate_limit') {
    record(429);
    return answer(res, 429, { error: 'slow down' }, { 'Retry-After': String(fault.retryAfter) });
  }
  let json;
  try { json = JSON.parse(body); } catch { json = undefined; }
  const entry = { time: new Date().toISOString(), method: req.method, path: req.url, headers: req.headers, key, body, json };
  if (key && keys.has(key)) {
    appendFileSync(files.duplicates, JSON.stringify(entry) + '\n');
    record(200);
    return answer(res, 200, { duplicate: true });
  }
  if (key) keys.add(key);
  appendFileSync(files.leads, JSON.stringify(entry) + '\n');
  record(200);
  return answer(res, 200, { stored: true, id: key });
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url, 'http://localhost').pathname;
    try {
      if (req.method === 'OPTIONS') { res.writeHead(204, CORS); return res.end(); }
      if (path === '/_control' && req.method === 'POST') { control(JSON.parse(body || '{}')); return answer(res, 200, { ok: true }); }
      if (path === '/_received' && req.method === 'GET') {
        return answer(res, 200, { leads: readLines(files.leads), duplicates: readLines(files.duplicates), attempts });
      }
      if (req.method === 'POST' || req.method === 'PUT') return await lead(req, res, body);
      return answer(res, 405, { error: 'POST a lead' });
    } catch (e) {
      return answer(res, 400, { error: String(e?.message ?? e) });
    }
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(`lead receiver on http://127.0.0.1:${server.address().port}/ storing in ${dir}`);
});
