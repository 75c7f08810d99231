// The browser host: the same UI and the same core calls as the desktop app, over HTTP on
// 127.0.0.1 only. Any web page the user visits can send requests to localhost, so nothing
// is served without the per-launch token, the Host header must name this server (DNS
// rebinding), and calls from another origin are refused.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ErrorCode, Result } from '../src/api/contract.ts';
import type { Core } from '../src/api/core.ts';
import { isApiName } from '../src/api/core.ts';
import { afterPendingIo, contentTypeFor, isClientRoute, resolveStaticPath } from './protocol.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';

export interface BrowserHostOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 or undefined: a free port chosen by the system. */
  port?: number;
  /** Defaults to 32 random bytes, new at every launch. */
  token?: string;
  log?: (msg: string) => void;
}

export interface BrowserHost {
  /** The address to open: it carries the token, which the first visit trades for a cookie. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Workspace imports arrive as one JSON body and can be large. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** How long the rest of a too-large body is read and dropped after the 413 before the connection is cut. */
const TOO_LARGE_GRACE_MS = 2_000;
const KEEPALIVE_MS = 15_000;
const COOKIE_NAME = 'cadence_token';

const STATUS_FOR_CODE: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  locked: 423,
  read_only: 403,
  storage_full: 507,
  internal: 500,
};

const NO_TOKEN_TEXT = 'Cadence needs its access token. Open the address printed by `npm run serve` (the one ending in ?token=...).\n';
const NOT_BUILT_HTML =
  '<!doctype html><meta charset="utf-8"><title>Cadence</title>' +
  '<p>The Cadence interface has not been built yet. Run <code>npm run build:renderer</code>, then reload this page.</p>\n';

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const { core } = options;
  const log = options.log ?? ((msg: string) => process.stderr.write(`${msg}\n`));
  const token = options.token ?? crypto.randomBytes(32).toString('base64url');
  const tokenDigest = digest(token);
  const staticDir = path.resolve(options.staticDir);
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const isValidToken = (candidate: string | undefined): boolean =>
    // Digests have equal length, so timingSafeEqual applies and the length leaks nothing.
    candidate !== undefined && crypto.timingSafeEqual(digest(candidate), tokenDigest);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const host = req.headers.host?.toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return sendText(res, 421, 'Cadence only answers requests addressed to 127.0.0.1 or localhost.\n');
    }
    // Origin-form only ("/path"); an absolute or authority-form target is not ours to serve.
    if (!req.url?.startsWith('/')) return sendText(res, 400, 'Bad request.\n');
    const url = new URL(`http://${host}${req.url}`);

    const queryToken = url.searchParams.get('token');
    if (req.method === 'GET' && queryToken !== null && isValidToken(queryToken)) {
      // Trade the token in the address for a cookie and drop it from the address bar and history.
      url.searchParams.delete('token');
      res.setHeader('Set-Cookie', `${COOKIE_NAME}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Location', url.pathname + url.search);
      res.writeHead(303).end();
      return;
    }
    if (!isValidToken(requestToken(req))) return sendText(res, 401, NO_TOKEN_TEXT);

    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      res.setHeader('Cache-Control', 'no-store');
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${host}`) {
        return sendText(res, 403, 'Cadence refuses calls from other web pages.\n');
      }
      if (url.pathname === '/api/events') {
        if (req.method !== 'GET') return sendMethodNotAllowed(res, 'GET');
        return openEventStream(req, res);
      }
      if (req.method !== 'POST') return sendMethodNotAllowed(res, 'POST');
      return handleCall(req, res, url.pathname.slice('/api/'.length));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendMethodNotAllowed(res, 'GET, HEAD');
    return serveStatic(req, res, url.pathname);
  }

  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse, rawName: string): Promise<void> {
    let name: string;
    try {
      name = decodeURIComponent(rawName);
    } catch {
      name = rawName;
    }
    // Unknown names never reach the core, and their body is never read.
    if (!isApiName(name)) {
      return sendResult(res, { ok: false, error: { code: 'not_found', message: `There is no call named "${name}".` } });
    }
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (mediaType !== 'application/json') {
      return sendText(res, 415, 'Calls must be sent as application/json.\n');
    }
    const body = await readBody(req, res);
    if (body === null) return;
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      return sendResult(res, { ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON.' } });
    }
    let result: Result<unknown>;
    try {
      await afterPendingIo();
      result = await core.call(name, input);
    } catch (error) {
      // core.call never throws; this is the last line of defence, with no detail sent.
      log(`Cadence: unexpected error in ${name}: ${String(error)}`);
      result = { ok: false, error: { code: 'internal', message: 'Something went wrong inside Cadence. Nothing was saved.' } };
    }
    sendResult(res, result);
  }

  /** The body, or null after answering 413 when it is larger than MAX_BODY_BYTES. */
  function readBody(req: http.IncomingMessage, res: http.ServerResponse): Promise<Buffer | null> {
    const tooLarge = () => {
      // The rest of the body is read and dropped while the answer goes out, then the
      // connection is closed. Closing a socket with unread data resets it, and a reset can
      // reach the client before it has read the 413: it would see only a broken connection.
      // A client that keeps sending is cut off after a short grace period.
      req.removeAllListeners('data');
      req.resume();
      res.setHeader('Connection', 'close');
      sendText(res, 413, `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB.\n`);
      res.on('finish', () => {
        const cutOff = setTimeout(() => req.destroy(), TOO_LARGE_GRACE_MS);
        cutOff.unref();
        req.once('end', () => {
          clearTimeout(cutOff);
          req.destroy();
        });
      });
    };
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      tooLarge();
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          req.off('data', onData);
          req.off('end', onEnd);
          chunks.length = 0;
          tooLarge();
          resolve(null);
          return;
        }
        chunks.push(chunk);
      };
      const onEnd = () => resolve(Buffer.concat(chunks));
      req.on('data', onData);
      req.on('end', onEnd);
      req.on('error', () => resolve(null));
    });
  }

  function openEventStream(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = core.onChange((event) => {
      res.write(`data: ${JSON.stringify({ tables: event.tables, handlers: event.handlers })}\n\n`);
    });
    // Comments keep idle connections (and any proxy in between) from timing out.
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
    keepalive.unref();
    const stop = () => {
      clearInterval(keepalive);
      unsubscribe();
      streams.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  // Read synchronously: the files are small and local, and an asynchronous read would wait
  // behind any core call that takes the thread in between (a screen's code behind its reads).
  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, urlPath: string): void {
    const resolved = resolveStaticPath(staticDir, urlPath);
    if (resolved === null) {
      sendText(res, 404, 'Not found.\n');
      return;
    }
    let file = isFile(resolved) ? resolved : null;
    if (file === null && (resolved === staticDir || isClientRoute(urlPath))) {
      const index = path.join(staticDir, 'index.html');
      if (!isFile(index)) {
        res.setHeader('Cache-Control', 'no-store');
        sendBody(req, res, 503, 'text/html; charset=utf-8', Buffer.from(NOT_BUILT_HTML));
        return;
      }
      file = index;
    }
    if (file === null) {
      sendText(res, 404, 'Not found.\n');
      return;
    }
    // The path check is on names; a symlink inside the build could still point outside it.
    const real = fs.realpathSync(file);
    const realRoot = fs.realpathSync(staticDir);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
      sendText(res, 404, 'Not found.\n');
      return;
    }
    if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-store');
    sendBody(req, res, 200, contentTypeFor(file), fs.readFileSync(file));
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`Cadence: the browser host failed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) sendText(res, 500, 'Something went wrong inside Cadence.\n');
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // 127.0.0.1 only: never reachable from another machine.
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      // Known before the first request can be handled: the Host check needs it.
      port = (server.address() as AddressInfo).port;
      resolve();
    });
  });

  return {
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function digest(value: string): Buffer {
  return crypto.createHash('sha256').update(value, 'utf8').digest();
}

/** The token from the cookie, or from `Authorization: Bearer` for scripts. */
function requestToken(req: http.IncomingMessage): string | undefined {
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === COOKIE_NAME) return part.slice(separator + 1).trim();
  }
  return undefined;
}

function setSecurityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function sendBody(req: http.IncomingMessage, res: http.ServerResponse, status: number, type: string, body: Buffer): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.setHeader('Cache-Control', 'no-store');
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendMethodNotAllowed(res: http.ServerResponse, allow: string): void {
  res.setHeader('Allow', allow);
  sendText(res, 405, 'Method not allowed.\n');
}

function sendResult(res: http.ServerResponse, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  const status = result.ok ? 200 : STATUS_FOR_CODE[result.error.code];
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
