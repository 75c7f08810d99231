// The coach's working hours: up to four ranges of HH:mm per ISO weekday (1 = Monday). The
// capacity panel counts them and "free every week" looks inside them, so two ranges of a day
// may not overlap: 09:00–14:00 and 12:00–17:00 would count 600 minutes in an 8-hour day and
// offer 12:00 twice. settings.update refuses hours that break a rule here, and the form
// checks the same rule while the coach types.

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const MAX_RANGES_PER_DAY = 4;

export type HoursRange = readonly [from: string, to: string];
export type WorkingHoursInput = Readonly<Record<string, readonly HoursRange[] | undefined>>;

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const isWeekday = (day: string): day is Weekday => (WEEKDAYS as readonly string[]).includes(day);

/** A rule the hours break: on a whole day (`range` null) or on one range of it (0 is the first). */
export interface WorkingHoursProblem {
  day: string;
  range: number | null;
  message: string;
}

/** What is wrong with working hours, one problem per day or range at most; empty when they keep every rule. */
export function workingHoursProblems(hours: WorkingHoursInput): WorkingHoursProblem[] {
  const problems: WorkingHoursProblem[] = [];
  for (const [day, ranges = []] of Object.entries(hours)) {
    if (!isWeekday(day)) {
      problems.push({ day, range: null, message: 'is not a weekday (1 is Monday … 7 is Sunday)' });
      continue;
    }
    if (ranges.length > MAX_RANGES_PER_DAY) {
      // Said of the day alone: its ranges are not looked at one by one (a list of any length may arrive).
      problems.push({ day, range: null, message: `must have at most ${MAX_RANGES_PER_DAY} ranges` });
      continue;
    }
    const ordered = ranges.map(([from, to]) => WALL_TIME.test(from) && WALL_TIME.test(to) && minutesOf(from) < minutesOf(to));
    ranges.forEach(([from, to], range) => {
      let message: string | null = null;
      if (!WALL_TIME.test(from) || !WALL_TIME.test(to)) message = 'must be two times written HH:mm';
      else if (!ordered[range]) message = 'must end after it starts';
      else {
        const other = ranges.find(
          ([otherFrom, otherTo], j) =>
            j !== range && ordered[j] && minutesOf(from) < minutesOf(otherTo) && minutesOf(otherFrom) < minutesOf(to),
        );
        if (other) message = `overlaps ${other[0]}–${other[1]}`;
      }
      if (message) problems.push({ day, range, message });
    });
  }
  return problems;
}

/** Working minutes in a week, as capacity counts them; a range not written as two ordered times counts nothing. */
export function weeklyWorkingMinutes(hours: WorkingHoursInput): number {
  let total = 0;
  for (const [day, ranges = []] of Object.entries(hours)) {
    if (!isWeekday(day)) continue;
    for (const [from, to] of ranges) {
      if (WALL_TIME.test(from) && WALL_TIME.test(to)) total += Math.max(0, minutesOf(to) - minutesOf(from));
    }
  }
  return total;
}
