// In-browser benchmark of the real simulator: time from an input event on the amount field to the
// painted result, for loans of 12, 60 and 360 payments, in headless Chromium.
//
// Method: for each sample, t0 = performance.now(); set the field's text and dispatch `input` (what
// typing does); then wait for the next animation frame and a message-channel task after it, which
// runs once that frame (style, layout, paint) has been produced: t1. Chromium runs with vsync and
// the frame-rate limit off, so the wait measures work, not the 16.7 ms display clock. Each sample
// checks that the instalment text changed, so a no-op cannot pass for a fast one.
//
// The charts and the schedule follow one frame after the result (src/ui/state.rs, `settle`); the
// benchmark also reports when they are painted ("everything"), and lets each sample settle fully
// before the next, as between a person's keystrokes.
//
// Usage: node bench/input-latency.mjs <dist dir> [samples] > report.json
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const dist = process.argv[2] ?? '../../dist';
const samples = Number(process.argv[3] ?? 200);
const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn('node', ['serve.mjs', dist, String(port)], { stdio: 'ignore' });

const cases = [
  { periods: 12, query: 'product=es-prestamo-personal&term=12', from: 5000, step: 500 },
  { periods: 60, query: 'product=es-prestamo-personal&term=60', from: 5000, step: 500 },
  { periods: 360, query: 'product=us-home-equity&term=360', from: 50000, step: 1000 },
];

function percentile(sorted, p) {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

async function measure(page, c) {
  await page.goto(`http://127.0.0.1:${port}/simulator?lang=en-US&${c.query}`);
  await page.getByTestId('instalment').waitFor();
  const rows = await page.getByTestId('payments').textContent();
  if (Number(rows) !== c.periods) throw new Error(`expected ${c.periods} payments, page shows ${rows}`);
  return page.evaluate(async ({ c, samples }) => {
    const field = document.getElementById('amount');
    const out = () => document.querySelector('[data-testid=instalment]').textContent;
    // The chart's text alternative names the amount; its path alone is the same for proportional loans.
    const chart = () => document.querySelector('[data-testid=balance-chart] desc')?.textContent;
    const pause = (ms) => new Promise((r) => setTimeout(r, ms));
    const channel = new MessageChannel();
    const afterPaint = () => new Promise((resolve) => {
      requestAnimationFrame(() => { channel.port1.onmessage = () => resolve(); channel.port2.postMessage(0); });
    });
    const times = [];
    const all = [];
    for (let i = 0; i < samples + 20; i++) {
      const before = out();
      const chartBefore = chart();
      const value = String(c.from + (i % 20) * c.step + (i % 2 ? c.step / 2 : 0));
      const t0 = performance.now();
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await afterPaint();
      const t1 = performance.now();
      if (out() === before) throw new Error(`the result did not change for ${value}`);
      for (let f = 0; chart() === chartBefore; f++) {
        if (f > 600) throw new Error(`the charts did not follow the result for ${value}`);
        await afterPaint();
      }
      await afterPaint();
      const t2 = performance.now();
      if (i >= 20) { times.push(t1 - t0); all.push(t2 - t0); } // the first 20 warm the JIT and caches
      await pause(30);
    }
    return { times, all };
  }, { c, samples });
}

try {
  for (let i = 0; i < 50; i++) {
    try { await fetch(`http://127.0.0.1:${port}/`); break; } catch { await sleep(100); }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-gpu-vsync', '--disable-frame-rate-limit',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 }, locale: 'en-US' });
  const results = [];
  for (const c of cases) {
    const { times, all } = await measure(page, c);
    times.sort((a, b) => a - b);
    all.sort((a, b) => a - b);
    results.push({
      periods: c.periods,
      samples: times.length,
      result_p50_ms: +percentile(times, 50).toFixed(2),
      result_p95_ms: +percentile(times, 95).toFixed(2),
      result_max_ms: +times[times.length - 1].toFixed(2),
      everything_p50_ms: +percentile(all, 50).toFixed(2),
      everything_p95_ms: +percentile(all, 95).toFixed(2),
    });
  }
  const version = browser.version();
  await browser.close();
  if (process.argv.includes('--markdown')) {
    console.log(`In-browser input → painted result, headless Chromium ${version}, 1024×768, ${samples} samples each:\n`);
    console.log('| payments | result p50 | result p95 | result max | charts + table p50 | charts + table p95 |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of results) {
      console.log(`| ${r.periods} | ${r.result_p50_ms} ms | ${r.result_p95_ms} ms | ${r.result_max_ms} ms | ${r.everything_p50_ms} ms | ${r.everything_p95_ms} ms |`);
    }
  } else {
    console.log(JSON.stringify({ chromium: version, viewport: '1024x768', results }, null, 2));
  }
} finally {
  server.kill();
}
