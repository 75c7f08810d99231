// The capacity's free weekly starts (every 30 minutes) read as windows: "Mon 10:00 AM –
// 4:45 PM" says where a call of that length fits, instead of a dozen separate times.
export interface FreeStart {
  weekday: number;
  time: string;
}

export interface FreeWindow {
  weekday: number;
  /** Minutes after midnight: the first start, and the end of a call at the last start. */
  from: number;
  to: number;
}

const minutesOf = (time: string) => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

export function freeWindows(starts: readonly FreeStart[], lengthMinutes: number, stepMinutes = 30): FreeWindow[] {
  const windows: FreeWindow[] = [];
  const sorted = [...starts].sort((a, b) => a.weekday - b.weekday || minutesOf(a.time) - minutesOf(b.time));
  for (const start of sorted) {
    const at = minutesOf(start.time);
    const last = windows.at(-1);
    if (last && last.weekday === start.weekday && at - (last.to - lengthMinutes) <= stepMinutes) last.to = at + lengthMinutes;
    else windows.push({ weekday: start.weekday, from: at, to: at + lengthMinutes });
  }
  return windows;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone: 'UTC' });

/** Minutes after midnight as a wall time in the user's format ("4:45 PM", "16:45"). */
export function wallTimeText(minutes: number): string {
  return timeFormat.format(Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60));
}
