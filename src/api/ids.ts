import { uuidv7 } from 'uuidv7';

/** New record ids: UUIDv7, so ids sort by creation time. */
export function newId(): string {
  return uuidv7();
}
