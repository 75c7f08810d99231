// Which backups to keep: every one of the last day (up to `recent`), then the newest of each
// day for `daily` days, then the newest of each week for `weekly` weeks. Failed backups are
// never counted, so they can never push a good one out.

export interface RetentionPolicy {
  recent: number;
  daily: number;
  weekly: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { recent: 5, daily: 14, weekly: 8 };

const DAY = 86_400_000;

/** The names of backups to keep, given their times; the rest may be deleted. */
export function backupsToKeep(
  backups: { name: string; takenAt: Date }[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set<string>();
  let recent = 0;
  const days = new Set<number>();
  const weeks = new Set<number>();
  for (const backup of newestFirst) {
    const age = now.getTime() - backup.takenAt.getTime();
    const day = Math.floor(age / DAY);
    if (day < 1) {
      if (recent < policy.recent) {
        keep.add(backup.name);
        recent += 1;
      }
    } else if (day <= policy.daily) {
      if (!days.has(day)) keep.add(backup.name);
      days.add(day);
    } else {
      const week = Math.floor((day - policy.daily - 1) / 7);
      if (week < policy.weekly && !weeks.has(week)) keep.add(backup.name);
      weeks.add(week);
    }
  }
  return keep;
}
