// How both hosts map a URL path to a file of the built renderer. Pure (no file access), so
// the traversal rules are tested once and hold for app:// and the browser host alike.
import path from 'node:path';

/**
 * The file inside `rootDir` that `urlPath` names, or null when it would fall outside it
 * (`..`, encoded `%2e%2e`, backslashes, absolute or drive paths, NUL bytes, bad escapes).
 * The path is decoded exactly once, so `%252e` stays a literal name inside the root.
 */
export function resolveStaticPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(rootDir);
  const target = path.resolve(root, decoded.replace(/^[/\\]+/, ''));
  const relative = path.relative(root, target);
  if (relative === '') return root;
  // Outside the root: a parent (`..`, `../x`) or, on Windows, another drive (absolute).
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return null;
  return target;
}

/**
 * Client-side routes (`/clients/0193…`) have no file: they get index.html. A path whose
 * last segment has an extension names a file, and a missing file is a plain 404 rather
 * than HTML pretending to be a script.
 */
export function isClientRoute(urlPath: string): boolean {
  const last = urlPath.split('/').pop() ?? '';
  return !last.includes('.');
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Resolves once the host has taken what is already waiting for it: requests that arrived
 * beside this one, files read. A core call holds the thread while it runs, so a host runs
 * each one after that (a screen's code, asked for just after its reads, is sent first).
 */
export function afterPendingIo(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
