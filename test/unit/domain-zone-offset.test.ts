// UTC offsets of IANA zones at an instant, in minutes east of UTC, including the zones whose
// offsets are not whole hours, and the minutes either side of a daylight-saving change.
import { describe, expect, it } from 'vitest';
import { zoneOffsetMinutes } from '../../src/domain/zone-offset.ts';

describe('zoneOffsetMinutes', () => {
  it.each<[string, string, number]>([
    ['UTC', '2026-01-15T12:00:00Z', 0],
    ['Europe/London', '2026-01-15T12:00:00Z', 0],
    ['Europe/London', '2026-07-15T12:00:00Z', 60],
    ['Europe/Berlin', '2026-01-15T12:00:00Z', 60],
    ['Europe/Berlin', '2026-07-15T12:00:00Z', 120],
    ['America/New_York', '2026-01-15T12:00:00Z', -300],
    ['America/New_York', '2026-07-15T12:00:00Z', -240],
    ['America/Sao_Paulo', '2026-01-15T12:00:00Z', -180],
    ['Asia/Kolkata', '2026-01-15T12:00:00Z', 330],
    ['Asia/Kathmandu', '2026-01-15T12:00:00Z', 345],
    ['America/St_Johns', '2026-01-15T12:00:00Z', -210],
    ['America/St_Johns', '2026-07-15T12:00:00Z', -150],
    // Southern summer in January; Lord Howe moves by half an hour only.
    ['Pacific/Auckland', '2026-01-15T12:00:00Z', 780],
    ['Pacific/Auckland', '2026-07-15T12:00:00Z', 720],
    ['Australia/Lord_Howe', '2026-01-15T12:00:00Z', 660],
    ['Australia/Lord_Howe', '2026-07-15T12:00:00Z', 630],
    ['Pacific/Chatham', '2026-01-15T12:00:00Z', 825],
    ['Pacific/Kiritimati', '2026-01-15T12:00:00Z', 840],
    ['Pacific/Honolulu', '2026-07-15T12:00:00Z', -600],
    // Berlin: summer time from 01:00Z on 29 March 2026, winter time from 01:00Z on 25 October.
    ['Europe/Berlin', '2026-03-29T00:59:59.999Z', 60],
    ['Europe/Berlin', '2026-03-29T01:00:00Z', 120],
    ['Europe/Berlin', '2026-10-25T00:59:59Z', 120],
    ['Europe/Berlin', '2026-10-25T01:00:00Z', 60],
    // New York: summer time from 07:00Z on 8 March 2026 (02:00 local).
    ['America/New_York', '2026-03-08T06:59:00Z', -300],
    ['America/New_York', '2026-03-08T07:00:00Z', -240],
    // Auckland: winter time from 14:00Z on 4 April 2026 (03:00 local becomes 02:00).
    ['Pacific/Auckland', '2026-04-04T13:59:00Z', 780],
    ['Pacific/Auckland', '2026-04-04T14:00:00Z', 720],
  ])('%s at %s is %i minutes from UTC', (timeZone, instant, offset) => {
    expect(zoneOffsetMinutes(timeZone, Date.parse(instant))).toBe(offset);
  });

  it('gives the same answer asked again, in any order, either side of a change', () => {
    const instants = ['2026-03-29T01:00:00Z', '2026-03-29T00:45:00Z', '2026-03-29T01:14:59Z', '2026-03-29T00:59:00Z'].map(Date.parse);
    const first = instants.map((ms) => zoneOffsetMinutes('Europe/Berlin', ms));
    const again = [...instants].reverse().map((ms) => zoneOffsetMinutes('Europe/Berlin', ms));
    expect(first).toEqual([120, 60, 120, 60]);
    expect(again).toEqual([60, 120, 60, 120]);
  });
});
