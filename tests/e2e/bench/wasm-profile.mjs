// Where the engine's time goes in wasm, function by function: Chromium's sampling profiler over one
// of examples/wasm_bench.rs's functions (full_quotes, schedules or rates) at 360 payments (or MONTHS). Build
// the benchmark without wasm-opt so LLVM's function boundaries and names stay:
//   cargo build --release --target wasm32-unknown-unknown --example wasm_bench
//   wasm-bindgen --target web --out-dir /tmp/wprof target/wasm32-unknown-unknown/release/examples/wasm_bench.wasm
// Usage: node bench/wasm-profile.mjs /tmp/wprof schedules [function whose callers to list]
// Prints the 30 functions with the most self time and, for the third argument, who calls it.
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
const dir = process.argv[2] ?? '/tmp/wprof';
const html = `<!doctype html><script type="module">import init, * as b from './wasm_bench.js'; await init(); window.b = b; window.ready = true;</script>`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.route('http://p.invalid/**', async (route) => {
  const path = new URL(route.request().url()).pathname;
  if (path === '/') return route.fulfill({ body: html, contentType: 'text/html' });
  const ct = path.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
  return route.fulfill({ body: await readFile(dir + path), contentType: ct });
});
await page.goto('http://p.invalid/');
await page.waitForFunction(() => window.ready === true);
const fn = process.argv[3] ?? 'full_quotes';
const MONTHS = Number(process.env.MONTHS ?? 360);
await page.evaluate(([fn, m]) => window.b[fn](m, 200), [fn, MONTHS]);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.evaluate(([fn, m]) => window.b[fn](m, m < 100 ? 20000 : 2000), [fn, MONTHS]);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map();
for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
let total = 0;
for (const [id, c] of counts) { const n = byId.get(id); const name = n.callFrame.functionName || '(anon)'; self.set(name, (self.get(name) ?? 0) + c); total += c; }
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [name, c] of top) console.log((100 * c / total).toFixed(1).padStart(5) + '%  ' + name.slice(0, 140));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const callers = new Map();
for (const [id, c] of counts) { const n = byId.get(id); if (!(n.callFrame.functionName || '').includes(process.argv[4] ?? 'Ord>::cmp')) continue; const p = byId.get(parent.get(id)); const name = p?.callFrame.functionName ?? '?'; callers.set(name, (callers.get(name) ?? 0) + c); }
if (process.argv[4]) console.log('callers of ' + process.argv[4] + ':', [...callers.entries()].sort((a,b)=>b[1]-a[1]).slice(0,8));
await browser.close();
