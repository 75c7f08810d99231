// The app:// protocol handler on a real folder (a built renderer in miniature): it serves
// the build and nothing outside it, and every answer carries the CSP.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../main/app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../main/security.ts';
import { tempDir } from './helpers.ts';

let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  const base = tempDir('cadence-protocol-');
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Cadence</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'outside the build');
  // A symlink inside the build that points out of it: the name is fine, the file is not.
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  serve = createAppProtocolHandler(root);
});

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app:// serves the built renderer', () => {
  it('answers index.html for the root and for client routes', async () => {
    for (const url of ['app://cadence/', 'app://cadence/index.html', 'app://cadence/clients/0193abcd']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>Cadence</title>');
    }
  });

  it('serves assets with their type and the security headers', async () => {
    const response = await get('app://cadence/assets/app-1a2b.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    'app://cadence/../secret.txt',
    'app://cadence/%2e%2e/secret.txt',
    'app://cadence/assets/..%2f..%2fsecret.txt',
    'app://cadence/index.html%00.js',
    'app://cadence/assets/link.txt',
    'app://cadence/assets/missing.js',
    'app://elsewhere/index.html',
  ])('refuses %s, still with the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the build');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves reads only', async () => {
    expect((await get('app://cadence/index.html', 'POST')).status).toBe(404);
  });

  it('says the interface is not built when there is no index.html', async () => {
    const empty = createAppProtocolHandler(tempDir('cadence-protocol-empty-'));
    const response = await empty(new Request('app://cadence/'));
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
