// The one door to the core. In the desktop app the preload exposes `window.cadence`;
// in the browser host the same calls go over HTTP to /api/<name>. Either way a call
// answers a Result and never throws: transport failures become `internal` errors.
import type { ApiInput, ApiName, ApiOutput, ChangeEvent, Result } from '../src/api/index.ts';

interface DesktopBridge {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

declare global {
  interface Window {
    cadence?: DesktopBridge;
  }
}

export type { ApiError, ApiInput, ApiName, ApiOutput, ChangeEvent, Result, Table } from '../src/api/index.ts';

const UNREACHABLE = 'Cadence could not reach its data. Check that Cadence is still running, then try again.';

function bridge(): DesktopBridge | undefined {
  return typeof window !== 'undefined' ? window.cadence : undefined;
}

async function callOverHttp(name: string, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: UNREACHABLE } };
  }
  // The HTTP status follows the error code; the JSON body is the answer either way.
  try {
    const body = (await response.json()) as Result<unknown>;
    if (body && typeof body === 'object' && 'ok' in body) return body;
  } catch {
    // Not JSON: a proxy page, a 401 text, an interrupted body.
  }
  const message =
    response.status === 401 ? 'This page lost its access token. Open the address Cadence printed when it started.' : UNREACHABLE;
  return { ok: false, error: { code: 'internal', message } };
}

/** Calls a core handler by name, typed end to end by the registry. */
export async function call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<Result<ApiOutput<N>>> {
  const desktop = bridge();
  let result: Result<unknown>;
  if (desktop) {
    try {
      result = await desktop.invoke(name, input);
    } catch {
      result = { ok: false, error: { code: 'internal', message: UNREACHABLE } };
    }
  } else {
    result = await callOverHttp(name, input);
  }
  return result as Result<ApiOutput<N>>;
}

type ChangeListener = (event: ChangeEvent) => void;
type ReconnectListener = () => void;

/**
 * Change events from the core. `onReconnect` fires when the browser host's event stream
 * comes back after a drop: events may have been missed, so listeners refetch everything.
 */
export function onChange(listener: ChangeListener, onReconnect?: ReconnectListener): () => void {
  const desktop = bridge();
  if (desktop) return desktop.onChange(listener);
  if (typeof EventSource === 'undefined') return () => {};
  const source = new EventSource('/api/events');
  let opened = false;
  source.onopen = () => {
    if (opened) onReconnect?.();
    opened = true;
  };
  source.onmessage = (message: MessageEvent<string>) => {
    try {
      const event = JSON.parse(message.data) as ChangeEvent;
      if (Array.isArray(event.tables) && Array.isArray(event.handlers)) listener(event);
    } catch {
      // A malformed event is ignored; the next one still arrives.
    }
  };
  return () => source.close();
}

export const api = { call, onChange };
