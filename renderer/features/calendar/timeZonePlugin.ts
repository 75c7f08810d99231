// FullCalendar shows named time zones only through a plugin. This one answers its two
// questions (a zone's offset at a wall time, an instant's wall time) with @date-fns/tz, so
// the calendar runs in the coach's zone whatever zone the computer is set to.

import { TZDate } from '@date-fns/tz';
import { createPlugin } from '@fullcalendar/core';
import { NamedTimeZoneImpl } from '@fullcalendar/core/internal';

class CoachTimeZone extends NamedTimeZoneImpl {
  /** Minutes east of UTC at the wall time [year, month0, day, hour, minute, second, ms]. */
  override offsetForArray(a: number[]): number {
    const [year = 1970, month = 0, day = 1, hour = 0, minute = 0, second = 0, ms = 0] = a;
    return -new TZDate(year, month, day, hour, minute, second, ms, this.timeZoneName).getTimezoneOffset();
  }

  override timestampToArray(ms: number): number[] {
    const d = new TZDate(ms, this.timeZoneName);
    return [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()];
  }
}

export const timeZonePlugin = createPlugin({ name: 'cadence-time-zones', namedTimeZonedImpl: CoachTimeZone });
