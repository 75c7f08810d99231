// The app:// protocol's handler: the built renderer, and nothing else, with the one CSP on
// every answer (errors included). Plain fetch Request/Response, so it runs in Node and is
// tested without Electron; electron.ts hands it to protocol.handle.
import fs from 'node:fs';
import path from 'node:path';
import { contentTypeFor, isClientRoute, resolveStaticPath } from './protocol.ts';
import { APP_HOST, CONTENT_SECURITY_POLICY } from './security.ts';

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const NOT_BUILT = 'The Cadence interface has not been built: run "npm run build".';

export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rendererDir);
  return async (request) => {
    const url = new URL(request.url);
    // Another host (app://elsewhere/) is not ours to serve, whatever the path.
    const resolved = url.hostname === APP_HOST && request.method === 'GET' ? resolveStaticPath(root, url.pathname) : null;
    if (resolved === null) return text(404, 'Not found');
    let file = isFile(resolved) ? resolved : null;
    if (file === null && (resolved === root || isClientRoute(url.pathname))) file = path.join(root, 'index.html');
    if (file === null) return text(404, 'Not found');
    // The name check cannot see symlinks: the real file must still be inside the build.
    if (!isInsideReal(file, root)) {
      return file === path.join(root, 'index.html') ? text(503, NOT_BUILT) : text(404, 'Not found');
    }
    // Read synchronously: an asynchronous read would wait behind any core call in between.
    const body = fs.readFileSync(file);
    return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) } });
  };
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** False also when the file does not exist (realpath fails). */
function isInsideReal(file: string, root: string): boolean {
  try {
    const real = fs.realpathSync(file);
    const realRoot = fs.realpathSync(root);
    return real.startsWith(realRoot + path.sep);
  } catch {
    return false;
  }
}
