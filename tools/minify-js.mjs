// Trunk post-build hook (Trunk.toml): minifies the release build's JavaScript — wasm-bindgen's glue
// and the snippets it copies (src/ui/outbox.js) — with terser. Trunk's own minifier (minify-js)
// fails on wasm-bindgen's output with a warning and ships it unminified (trunk-rs/trunk#1044).
// Trunk has already written each file's `integrity` (SHA-384) into index.html: every value is
// replaced by the minified file's. Debug builds (`trunk serve` without --release) are left alone.
// Any failure fails the build: an unminified or unchecked file must not ship silently.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('minify-js: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)');

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const htmlPath = join(dir, 'index.html');
let html = await readFile(htmlPath, 'utf8');
let before = 0;
let after = 0;
const scripts = (await readdir(dir, { recursive: true })).filter((f) => /\.m?js$/.test(f));
for (const path of scripts.map((f) => join(dir, f))) {
  const source = await readFile(path, 'utf8');
  const result = await minify(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (typeof result.code !== 'string' || result.code.length === 0) {
    throw new Error(`minify-js: terser returned nothing for ${path}`);
  }
  await writeFile(path, result.code);
  html = html.replaceAll(integrity(source), integrity(result.code));
  before += Buffer.byteLength(source);
  after += Buffer.byteLength(result.code);
}
// Every integrity value left in the page must match its file: a stale one would make the browser
// refuse the script and the site would not start.
for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
  const attr = (name) => tag.match(new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);
  const [href, expected] = [attr('href'), attr('integrity')];
  if (!href || !expected) continue;
  const [algorithm] = expected.split('-');
  const bytes = await readFile(join(dir, href.replace(/^\//, '')));
  const actual = `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;
  if (actual !== expected) throw new Error(`minify-js: ${href} does not match its integrity value in index.html`);
}
await writeFile(htmlPath, html);
console.log(`minify-js: JavaScript ${before} → ${after} bytes`);
