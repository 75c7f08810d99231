// The zone run proves it runs in the zone it claims: a platform that ignored TZ would pass
// every test of vitest.tz.config.ts without having tested anything.
const januaryOffsetMinutes = new Date(2026, 0, 15).getTimezoneOffset();
if (januaryOffsetMinutes !== -13 * 60) {
  throw new Error(`The zone run expects Pacific/Auckland (UTC+13 in January); this process is at UTC${-januaryOffsetMinutes / 60}.`);
}
