// UTC offsets of IANA zones, memoised per quarter hour. Offsets only change at transitions,
// which fall on quarter hours, so a bucket's offset holds for every instant in it. Asking
// Intl for each of hundreds of thousands of sessions would cost seconds; this costs one
// Intl call per zone and quarter hour ever seen.
import { tzOffset } from '@date-fns/tz';

const BUCKET_MS = 15 * 60_000;
const caches = new Map<string, Map<number, number>>();

/** The zone's UTC offset in minutes at an instant (e.g. 60 for Europe/Berlin in winter). */
export function zoneOffsetMinutes(timeZone: string, instantMs: number): number {
  let cache = caches.get(timeZone);
  if (!cache) {
    cache = new Map();
    caches.set(timeZone, cache);
  }
  const bucket = Math.floor(instantMs / BUCKET_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    if (cache.size > 400_000) cache.clear();
    offset = tzOffset(timeZone, new Date(bucket * BUCKET_MS));
    cache.set(bucket, offset);
  }
  return offset;
}
