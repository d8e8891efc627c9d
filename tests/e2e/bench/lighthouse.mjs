// Lighthouse (npm `lighthouse`) on the built site's pages (simulator, a campaign, home, comparison), with its default mobile emulation (Moto G
// Power class device, slow 4G throttling), driving Debian's Chromium. Prints the four category
// scores as a Markdown table; with --check, exits 1 unless all four are 100 (the goal). The pages
// are served by serve.mjs as README "Hosting" asks of a production host (brotli, hashed files immutable).
//
// Usage: node bench/lighthouse.mjs <dist dir> [--check]
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const dist = process.argv[2] ?? '../../dist';
const port = 4800 + Math.floor(Math.random() * 100);
const server = spawn('node', ['serve.mjs', dist, String(port)], { stdio: 'ignore' });
// The campaign is one of the shipped ones (live from 2026-11-01 to 2027-01-31; after that the page
// audited is the "this offer has ended" page).
const pages = [
  ['simulator (es-MX)', '/simulator?lang=es-MX'],
  ['simulator, 360 payments (en-US)', '/simulator?lang=en-US&product=us-home-equity&term=360'],
  ['campaign page (es-MX)', '/c/crece-tu-negocio?lang=es-MX'],
  ['home (es-ES)', '/?lang=es-ES'],
  ['comparison (en-US)', '/compare?lang=en-US&currency=USD&amount=20000&months=60'],
];
let chrome;
let failed = false;
try {
  for (let i = 0; i < 50; i++) {
    try { await fetch(`http://127.0.0.1:${port}/`); break; } catch { await sleep(100); }
  }
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  console.log('| page | performance | accessibility | best practices | SEO |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, path] of pages) {
    const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
      port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const c = result.lhr.categories;
    const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => Math.round(c[k].score * 100));
    if (scores.some((s) => s < 100)) failed = true;
    console.log(`| ${name} | ${scores.join(' | ')} |`);
    const audits = Object.values(result.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => a.id);
    if (audits.length) console.log(`|  ↳ not passed | ${audits.slice(0, 12).join(', ')} | | | |`);
  }
} finally {
  await chrome?.kill();
  server.kill();
}
if (process.argv.includes('--check') && failed) process.exit(1);
