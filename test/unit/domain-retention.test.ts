// Which backups are kept (docs/domain.md, "Backups"): every backup of the last 24 hours up to
// `recent`, then the newest of each day for `daily` days, then the newest of each week for
// `weekly` weeks. Days and weeks are counted back from now in whole 24-hour steps. Backups
// are named here by their age in hours; each case lists the ages kept, worked by hand.
import { describe, expect, it } from 'vitest';
import { backupsToKeep, DEFAULT_RETENTION, type RetentionPolicy } from '../../src/domain/retention.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const HOUR = 3_600_000;
const DAY = 24;

function kept(agesInHours: number[], policy?: RetentionPolicy): number[] {
  const backups = agesInHours.map((age) => ({ name: `age-${age}`, takenAt: new Date(NOW.getTime() - age * HOUR) }));
  const keep = backupsToKeep(backups, NOW, policy);
  return agesInHours.filter((age) => keep.has(`age-${age}`)).sort((a, b) => a - b);
}

describe('backupsToKeep', () => {
  // ages in hours (in any order), policy → the ages kept
  it.each<[string, number[], RetentionPolicy, number[]]>([
    ['nothing to keep', [], DEFAULT_RETENTION, []],
    ['the newest 5 of the last 24 hours', [1, 2, 3, 4, 5, 6, 7], DEFAULT_RETENTION, [1, 2, 3, 4, 5]],
    ['in any order', [7, 3, 5, 1, 6, 2, 4], DEFAULT_RETENTION, [1, 2, 3, 4, 5]],
    ['23.5 hours old is the last day; 24 hours old is day 1', [23.5, 24, 30], DEFAULT_RETENTION, [23.5, 24]],
    ['the newest of each day: 25 and 47 hours are day 1, 49 is day 2', [25, 47, 49], DEFAULT_RETENTION, [25, 49]],
    [
      'a day for each of 14 days, then the newest of the week after',
      [DAY * 14 + 1, DAY * 15 + 1, DAY * 16 + 1, DAY * 21 + 1, DAY * 22 + 1],
      DEFAULT_RETENTION,
      [DAY * 14 + 1, DAY * 15 + 1, DAY * 22 + 1],
    ],
    [
      'the eighth week after the daily ones (days 64 to 70) is the last one kept',
      [DAY * 64 + 1, DAY * 70 + 1, DAY * 71 + 1, DAY * 200],
      DEFAULT_RETENTION,
      [DAY * 64 + 1],
    ],
    ['a backup from a clock set ahead counts as recent', [-2, 1], DEFAULT_RETENTION, [-2, 1]],
    [
      'a policy of 1 recent, 2 daily, 1 weekly',
      [1, 2, 25, 49, 50, 73, 80, 100, DAY * 10],
      { recent: 1, daily: 2, weekly: 1 },
      [1, 25, 49, 73],
    ],
    ['no recent ones: the day before is still kept', [1, 2, 30], { recent: 0, daily: 1, weekly: 0 }, [30]],
  ])('%s', (_, ages, policy, expected) => {
    expect(kept(ages, policy)).toEqual(expected);
  });

  it('uses 5 recent, 14 daily and 8 weekly unless told otherwise', () => {
    expect(DEFAULT_RETENTION).toEqual({ recent: 5, daily: 14, weekly: 8 });
    expect(kept([1, 2, 3, 4, 5, 6, DAY * 14 + 1, DAY * 64 + 1, DAY * 71 + 1])).toEqual([1, 2, 3, 4, 5, DAY * 14 + 1, DAY * 64 + 1]);
  });
});
