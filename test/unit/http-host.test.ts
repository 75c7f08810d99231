// The browser host, end to end over real sockets with a real core on a temp database:
// the token, the Host check, the Origin check, the body limit, the API status codes,
// static files with traversal attempts, security headers, and change events over SSE.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHost, MAX_BODY_BYTES, startBrowserHost } from '../../main/http.ts';
import { CONTENT_SECURITY_POLICY } from '../../main/security.ts';
import { type Core, openCore, readersOf } from '../../src/api/core.ts';
import { FIXED_NOW, tempDir } from './helpers.ts';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface RequestOptions {
  method?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** Skip the Authorization header (requests that should be refused for lack of a token). */
  anonymous?: boolean;
  agent?: http.Agent;
}

const INDEX_HTML = '<!doctype html><title>Cadence test index</title><div id="root"></div>';
const ASSET_JS = 'console.log("asset");';

let core: Core;
let host: BrowserHost;
let staticDir: string;
const calls: string[] = [];
/** The next call holds the thread this long first, as a heavy read does. */
let nextCallHoldsMs = 0;

beforeAll(async () => {
  const dir = tempDir('cadence-http-');
  staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), ASSET_JS);
  // A secret next to the static root: no request may ever return it.
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'TOP-SECRET-OUTSIDE-STATIC');
  const realCore = openCore({ dbPath: path.join(dir, 'cadence.db'), now: () => FIXED_NOW, log: () => undefined });
  await realCore.ready;
  // The real core, with every call the host makes recorded.
  core = {
    ...realCore,
    call: (name, input) => {
      calls.push(name);
      const until = Date.now() + nextCallHoldsMs;
      nextCallHoldsMs = 0;
      while (Date.now() < until); // busy on purpose: nothing else runs meanwhile
      return realCore.call(name, input);
    },
  };
  host = await startBrowserHost({ core, staticDir, port: 0, log: () => undefined });
});

afterAll(async () => {
  await host?.close();
  await core?.close();
});

function send(pathname: string, options: RequestOptions = {}): Promise<Reply> {
  const headers: Record<string, string | number> = { Host: `127.0.0.1:${host.port}`, ...options.headers };
  if (!options.anonymous && !('Authorization' in headers) && !('Cookie' in headers)) {
    headers.Authorization = `Bearer ${host.token}`;
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: pathname, method: options.method ?? 'GET', headers, agent: options.agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function callApi(name: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(`/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

async function clientNames(): Promise<string[]> {
  const reply = await callApi('clients.list', { status: 'all' });
  expect(reply.status).toBe(200);
  return (JSON.parse(reply.body).value as { name: string }[]).map((client) => client.name);
}

describe('browser host: startup', () => {
  it('listens on 127.0.0.1 and prints a URL carrying a long random token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.port).toBeGreaterThan(0);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
  });

  it('gives every launch its own token', async () => {
    const other = await startBrowserHost({ core, staticDir, log: () => undefined });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.port).not.toBe(host.port);
    } finally {
      await other.close();
    }
  });

  it('is not reachable other than on 127.0.0.1 (here: IPv6 loopback)', async () => {
    const outcome = await new Promise<string>((resolve) => {
      http
        .get({ host: '::1', port: host.port, path: '/', headers: { Authorization: `Bearer ${host.token}` } }, (res) => {
          res.resume();
          resolve(`answered ${res.statusCode}`);
        })
        .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(outcome).not.toMatch(/^answered/);
  });
});

describe('browser host: the token', () => {
  it('answers 401 without a token, and writes nothing', async () => {
    const before = calls.length;
    const reply = await send('/api/clients.create', {
      anonymous: true,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Sneaky' }),
    });
    expect(reply.status).toBe(401);
    expect(reply.body).toContain('npm run serve');
    expect(reply.headers['content-type']).toMatch(/^text\/plain/);
    expect(calls.length).toBe(before);
    expect(await clientNames()).not.toContain('Sneaky');
  });

  it('answers 401 to static files without a token', async () => {
    const reply = await send('/', { anonymous: true });
    expect(reply.status).toBe(401);
    expect(reply.body).not.toContain('Cadence test index');
  });

  it('answers 401 to a wrong token in the URL, the cookie or the Authorization header', async () => {
    const wrong = `${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await send(`/?token=${wrong}`, { anonymous: true })).status).toBe(401);
    expect((await send('/', { headers: { Cookie: `cadence_token=${wrong}` } })).status).toBe(401);
    expect((await send('/', { headers: { Authorization: `Bearer ${wrong}` } })).status).toBe(401);
    expect((await send('/', { headers: { Authorization: 'Bearer ' } })).status).toBe(401);
  });

  it('trades a valid token in the URL for an HttpOnly SameSite=Strict cookie and a 303 to the bare path', async () => {
    const reply = await send(`/clients?view=all&token=${host.token}`, { anonymous: true });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/clients?view=all');
    const cookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toContain(`cadence_token=${host.token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');

    const withCookie = await send('/clients?view=all', { headers: { Cookie: `other=1; cadence_token=${host.token}` } });
    expect(withCookie.status).toBe(200);
    expect(withCookie.body).toBe(INDEX_HTML);
  });
});

describe('browser host: Host and Origin', () => {
  it('answers 421 to a foreign Host header (DNS rebinding), even with the token', async () => {
    for (const hostHeader of [
      `evil.example:${host.port}`,
      `127.0.0.1:${host.port + 1}`,
      'localhost',
      `127.0.0.1.evil.example:${host.port}`,
    ]) {
      const reply = await send('/', { headers: { Host: hostHeader } });
      expect(reply.status, hostHeader).toBe(421);
      expect(reply.body).not.toContain('Cadence test index');
    }
  });

  it('accepts localhost:PORT as well as 127.0.0.1:PORT', async () => {
    const reply = await send('/', { headers: { Host: `localhost:${host.port}` } });
    expect(reply.status).toBe(200);
  });

  it('refuses a call from a foreign Origin with 403, and writes nothing', async () => {
    const before = calls.length;
    for (const origin of ['https://evil.example', 'null', `http://localhost:${host.port + 1}`]) {
      const reply = await callApi('clients.create', { name: 'From elsewhere' }, { Origin: origin });
      expect(reply.status, origin).toBe(403);
    }
    expect(calls.length).toBe(before);
    expect(await clientNames()).not.toContain('From elsewhere');
  });

  it('accepts a call from its own origin', async () => {
    const reply = await callApi('settings.get', {}, { Origin: `http://127.0.0.1:${host.port}` });
    expect(reply.status).toBe(200);
  });
});

describe('browser host: the API', () => {
  it('answers 404 to an unknown call without calling the core', async () => {
    const before = calls.length;
    const reply = await callApi('nope', {});
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(calls.length).toBe(before);
  });

  it('answers 400 with the fields named for invalid input, and writes nothing', async () => {
    const empty = await callApi('clients.create', { name: '' });
    expect(empty.status).toBe(400);
    expect(JSON.parse(empty.body).error).toMatchObject({ code: 'invalid_input', fields: { name: expect.any(String) } });

    const unknownKey = await callApi('clients.create', { name: 'Extra Key', isAdmin: true });
    expect(unknownKey.status).toBe(400);
    expect(JSON.stringify(JSON.parse(unknownKey.body).error)).toContain('isAdmin');

    expect(await clientNames()).not.toContain('Extra Key');
  });

  it('answers 400 to a body that is not JSON', async () => {
    const reply = await send('/api/clients.create', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.code).toBe('invalid_input');
  });

  it('refuses calls that are not application/json (415) or not POST (405)', async () => {
    const asText = await send('/api/clients.create', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"name":"Plain"}',
    });
    expect(asText.status).toBe(415);
    const asGet = await send('/api/clients.list');
    expect(asGet.status).toBe(405);
    expect(await clientNames()).not.toContain('Plain');
  });

  it('creates a client with 200 and lists it', async () => {
    const reply = await callApi('clients.create', { name: 'Ada Lovelace' });
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Ada Lovelace' } });
    expect(await clientNames()).toContain('Ada Lovelace');
  });

  it('maps a core not_found to 404', async () => {
    const reply = await callApi('clients.get', { id: '01900000-0000-7000-8000-000000000000' });
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body).error.code).toBe('not_found');
  });

  it('answers 413 to a declared body over the limit without reading it', async () => {
    const before = calls.length;
    const reply = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/data.import',
          method: 'POST',
          headers: {
            Host: `127.0.0.1:${host.port}`,
            Authorization: `Bearer ${host.token}`,
            'Content-Type': 'application/json',
            'Content-Length': MAX_BODY_BYTES + 1,
          },
        },
        (res) => {
          resolve(res.statusCode ?? 0);
          res.resume();
          req.destroy();
        },
      );
      req.on('error', reject);
      req.write('{');
    });
    expect(reply).toBe(413);
    expect(calls.length).toBe(before);
  });

  // 65 MiB through loopback: a few hundred ms alone, but seconds on a busy two-core machine
  // with the other test files running beside it. The time is not what this test is about.
  it('answers 413 to a streamed body that grows past the limit', { timeout: 30_000 }, async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/clients.create',
          method: 'POST',
          headers: { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      // The connection is cut after the 413; a write error then is expected.
      req.on('error', (error) => (/EPIPE|ECONNRESET/.test(String(error)) ? undefined : reject(error)));
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_BODY_BYTES + chunk.length) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
  });
});

describe('browser host: static files', () => {
  it('serves index.html for / and for client routes, with the CSP and no-store', async () => {
    for (const pathname of ['/', '/clients/0193abc', '/settings']) {
      const reply = await send(pathname);
      expect(reply.status, pathname).toBe(200);
      expect(reply.body).toBe(INDEX_HTML);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      expect(reply.headers['cache-control']).toBe('no-store');
    }
  });

  it('serves assets with their content type and the security headers', async () => {
    const reply = await send('/assets/app.js');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(ASSET_JS);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('sends a file asked for beside a long call before running the call', async () => {
    // A screen asks for its code and its read at once: the code must not queue behind the
    // read. The file's connection is already open and the call's headers are in, so both
    // the call's body and the file's request reach the host in the same moment.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    await send('/assets/app.js', { agent });
    const body = JSON.stringify({});
    const order: string[] = [];
    const call = new Promise<void>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/settings.get',
          method: 'POST',
          headers: {
            Host: `127.0.0.1:${host.port}`,
            Authorization: `Bearer ${host.token}`,
            'Content-Type': 'application/json',
            'Content-Length': body.length,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(void order.push(`call ${res.statusCode}`)));
        },
      );
      req.on('error', reject);
      req.flushHeaders();
      setTimeout(() => {
        nextCallHoldsMs = 400;
        req.end(body);
        void send('/assets/app.js', { agent }).then((reply) => order.push(`file ${reply.status}`));
      }, 50);
    });
    await call;
    await expect.poll(() => order.length).toBe(2);
    agent.destroy();
    expect(order).toEqual(['file 200', 'call 200']);
  });

  it('answers 404, not index.html, for a missing file', async () => {
    const reply = await send('/assets/missing.js');
    expect(reply.status).toBe(404);
  });

  it('never returns a file outside the static directory', async () => {
    const attempts = [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2fetc%2fpasswd',
      '/assets/%00app.js',
    ];
    for (const attempt of attempts) {
      const reply = await send(attempt);
      expect(reply.body, attempt).not.toContain('TOP-SECRET');
      expect(reply.body, attempt).not.toContain('root:');
      expect(reply.body, attempt).not.toContain('"name"');
      expect([200, 400, 404], attempt).toContain(reply.status);
    }
  });

  it('explains how to build the UI when there is no index.html', async () => {
    const empty = await startBrowserHost({ core, staticDir: tempDir('cadence-empty-'), log: () => undefined });
    try {
      const reply = await new Promise<Reply>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port: empty.port, path: '/', headers: { Authorization: `Bearer ${empty.token}` } }, (res) => {
            let body = '';
            res.on('data', (chunk) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          })
          .on('error', reject);
      });
      expect(reply.body).toContain('npm run build:renderer');
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      await empty.close();
    }
  });
});

describe('browser host: change events', () => {
  it('streams a change event over SSE after a write', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/events',
          headers: { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${host.token}` },
        },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
            const event = text.split('\n\n').find((block) => block.startsWith('data: '));
            if (event) {
              req.destroy();
              resolve(event);
            }
          });
          // Headers are in: the subscription exists, so a write now must be heard.
          void callApi('clients.create', { name: 'Grace Hopper' }).catch(reject);
        },
      );
      req.on('error', (error) => (/ECONNRESET|aborted/.test(String(error)) ? undefined : reject(error)));
    });
    expect(JSON.parse(received.slice('data: '.length))).toEqual({ tables: ['clients'], handlers: readersOf(['clients']) });
  });
});
