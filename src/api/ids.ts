import { uuidv7 } from 'uuidv7';

/** New record ids: UUIDv7, so ids sort by creation time. */
export function newId(): string {
  return uuidv7();
}

/** Timestamps are UTC ISO text with whole seconds, like the workspace file. */
export function isoNow(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
