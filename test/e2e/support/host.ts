// Starts the browser host (the same core the desktop app runs) on a fresh temporary
// database, so every spec file begins from an empty workspace.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';

export interface Host {
  /** The address with the token; opening it sets the cookie and redirects to the app. */
  url: string;
  origin: string;
  token: string;
  /** Calls the core directly (to arrange data without clicking through the UI). */
  call<T = unknown>(name: string, input?: unknown): Promise<T>;
  close(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '..', '..', '..');

export async function startHost(): Promise<Host> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-e2e-'));
  const db = path.join(dir, 'workspace.db');
  const child: ChildProcess = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['main/cli.ts', 'serve', '--db', db, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });

  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`The browser host did not start within 20 s.\n${stderr}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Cadence is running at (\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser host exited (${code}) before it was ready.\n${stderr}`));
    });
  });

  const parsed = new URL(url);
  const token = parsed.searchParams.get('token')!;
  return {
    url,
    origin: parsed.origin,
    token,
    async call<T>(name: string, input: unknown = {}) {
      const response = await fetch(`${parsed.origin}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!result.ok) throw new Error(`${name} failed: ${result.error?.message}`);
      return result.value as T;
    },
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One host for the whole spec file: started before its first test, stopped after its last. */
export function hostPerFile(): () => Host {
  let host: Host | undefined;
  test.beforeAll(async () => {
    host = await startHost();
  });
  test.afterAll(async () => {
    await host?.close();
  });
  return () => {
    if (!host) throw new Error('The host is not running (beforeAll failed?)');
    return host;
  };
}
