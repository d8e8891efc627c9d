// A static server for the built site (dist/), started and stopped by Playwright (see playwright.config.ts)
// and by the benchmarks. It serves the way a production static host is expected to (README, "Hosting"):
// - correct types (application/wasm for streaming compilation), client-side routes fall back to index.html;
// - text, JSON, SVG and wasm compressed with brotli or gzip, whichever the request accepts (brotli first);
// - Trunk's content-hashed files (name-<16 hex>.ext) cached for a year as immutable; everything else
//   (the HTML, config/, schemas/) revalidated on every use (`no-cache`), so a config change shows at once.
// Listens on loopback only.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, basename } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = resolve(process.argv[2] ?? '../../dist');
const port = Number(process.argv[3] ?? 4173);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.js', '.wasm', '.css', '.json', '.svg', '.webmanifest']);
const hashed = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
// Every compressible file is compressed once, before the server listens (brotli at its best quality takes
// seconds on the wasm: a first request must not wait for it); a file changed since is compressed again.
const compressed = new Map();

async function compress(file) {
  const { mtimeMs } = await stat(file);
  const cached = compressed.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached;
  const raw = await readFile(file);
  const entry = {
    mtimeMs,
    br: brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }),
    gzip: gzipSync(raw, { level: 9 }),
  };
  compressed.set(file, entry);
  return entry;
}

async function compressAll(dir) {
  for (const file of await readdir(dir, { recursive: true })) {
    if (compressible.has(extname(file))) await compress(join(dir, file));
  }
}

async function resolveFile(urlPath) {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return null;
  try {
    const s = await stat(candidate);
    if (s.isFile()) return candidate;
    if (s.isDirectory()) return join(candidate, 'index.html');
  } catch { /* not a file: fall back below */ }
  return extname(safe) ? null : join(root, 'index.html');
}

/** The encoding to answer with: brotli, then gzip, when the request accepts it (q=0 refuses). */
function encodingFor(acceptEncoding) {
  const accepted = new Map((acceptEncoding ?? '').split(',').map((part) => {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return [name.trim().toLowerCase(), q ? Number(q.slice(2)) : 1];
  }));
  if ((accepted.get('br') ?? 0) > 0) return 'br';
  if ((accepted.get('gzip') ?? 0) > 0) return 'gzip';
  return null;
}

async function body(file, encoding) {
  return encoding ? (await compress(file))[encoding] : readFile(file);
}

await compressAll(root);
createServer(async (req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  const file = await resolveFile(path);
  if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
  try {
    const ext = extname(file);
    const encoding = compressible.has(ext) ? encodingFor(req.headers['accept-encoding']) : null;
    const headers = {
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': hashed.test(basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    if (encoding) headers['content-encoding'] = encoding;
    const bytes = await body(file, encoding);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : bytes);
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' }); res.end(String(e));
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
