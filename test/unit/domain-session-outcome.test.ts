// When a session's outcome may be recorded (docs/domain.md, "Weekly call slot"): held and
// no-show only once the call has begun, the exact start counting as begun; a cancellation
// recorded before the start happened now unless an earlier moment is given; one recorded
// after the start needs the moment, never after the start. Every case is worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  CANCELLED_AFTER_START,
  CANCELLED_AT_REQUIRED,
  CANCELLED_IN_FUTURE,
  type CancelNotice,
  cancelledAtForNotice,
  checkSessionOutcome,
  NOT_STARTED,
  type SessionOutcomeCheck,
  type SessionOutcomeInput,
} from '../../src/domain/session-outcome.ts';
import { isLateCancel, type UsageSession } from '../../src/domain/usage.ts';

const START = '2026-03-10T09:00:00Z';

describe('checkSessionOutcome', () => {
  // input → the problem or the cancelledAt to store
  it.each<[string, SessionOutcomeInput, SessionOutcomeCheck]>([
    // Held and no-show
    [
      'held, a week before the call: refused',
      { start: START, now: '2026-03-03T09:00:00Z', outcome: 'completed' },
      { ok: false, field: 'start', message: NOT_STARTED },
    ],
    [
      'held, a second before the start: refused',
      { start: START, now: '2026-03-10T08:59:59Z', outcome: 'completed' },
      { ok: false, field: 'start', message: NOT_STARTED },
    ],
    ['held, at the exact start: begun', { start: START, now: START, outcome: 'completed' }, { ok: true, cancelledAt: null }],
    ['held, an hour after the start', { start: START, now: '2026-03-10T10:00:00Z', outcome: 'completed' }, { ok: true, cancelledAt: null }],
    [
      'no-show, next week: refused',
      { start: START, now: '2026-03-03T12:00:00Z', outcome: 'no_show' },
      { ok: false, field: 'start', message: NOT_STARTED },
    ],
    [
      'no-show, a millisecond before the start: refused',
      { start: START, now: '2026-03-10T08:59:59.999Z', outcome: 'no_show' },
      { ok: false, field: 'start', message: NOT_STARTED },
    ],
    ['no-show, at the exact start: begun', { start: START, now: START, outcome: 'no_show' }, { ok: true, cancelledAt: null }],
    ['no-show, the day after', { start: START, now: '2026-03-11T09:00:00Z', outcome: 'no_show' }, { ok: true, cancelledAt: null }],
    // Cancellations recorded before the start
    [
      'cancelled two days before, no moment given: now',
      { start: START, now: '2026-03-08T09:00:00Z', outcome: 'cancelled' },
      { ok: true, cancelledAt: '2026-03-08T09:00:00Z' },
    ],
    [
      'cancelled a second before the start, no moment given: now',
      { start: START, now: '2026-03-10T08:59:59Z', outcome: 'cancelled' },
      { ok: true, cancelledAt: '2026-03-10T08:59:59Z' },
    ],
    [
      'cancelled before the start, an earlier moment given: kept',
      { start: START, now: '2026-03-09T20:00:00Z', outcome: 'cancelled', cancelledAt: '2026-03-07T10:00:00Z' },
      { ok: true, cancelledAt: '2026-03-07T10:00:00Z' },
    ],
    [
      'cancelled before the start, the moment given is now: kept',
      { start: START, now: '2026-03-09T20:00:00Z', outcome: 'cancelled', cancelledAt: '2026-03-09T20:00:00Z' },
      { ok: true, cancelledAt: '2026-03-09T20:00:00Z' },
    ],
    [
      'cancelled before the start, a moment after now given: refused',
      { start: START, now: '2026-03-09T20:00:00Z', outcome: 'cancelled', cancelledAt: '2026-03-09T20:00:01Z' },
      { ok: false, field: 'cancelledAt', message: CANCELLED_IN_FUTURE },
    ],
    // Cancellations recorded after the start (the exact start counts as after)
    [
      'cancelled at the exact start, no moment given: asked',
      { start: START, now: START, outcome: 'cancelled' },
      { ok: false, field: 'cancelledAt', message: CANCELLED_AT_REQUIRED },
    ],
    [
      'cancelled the day after, no moment given: asked',
      { start: START, now: '2026-03-11T09:00:00Z', outcome: 'cancelled' },
      { ok: false, field: 'cancelledAt', message: CANCELLED_AT_REQUIRED },
    ],
    [
      'cancelled the day after, null given: asked',
      { start: START, now: '2026-03-11T09:00:00Z', outcome: 'cancelled', cancelledAt: null },
      { ok: false, field: 'cancelledAt', message: CANCELLED_AT_REQUIRED },
    ],
    [
      'cancelled the day after, two days before the start given: kept',
      { start: START, now: '2026-03-11T09:00:00Z', outcome: 'cancelled', cancelledAt: '2026-03-08T09:00:00Z' },
      { ok: true, cancelledAt: '2026-03-08T09:00:00Z' },
    ],
    [
      'cancelled the day after, the exact start given: kept',
      { start: START, now: '2026-03-11T09:00:00Z', outcome: 'cancelled', cancelledAt: START },
      { ok: true, cancelledAt: START },
    ],
    [
      'cancelled the day after, a second after the start given: refused',
      { start: START, now: '2026-03-11T09:00:00Z', outcome: 'cancelled', cancelledAt: '2026-03-10T09:00:01Z' },
      { ok: false, field: 'cancelledAt', message: CANCELLED_AFTER_START },
    ],
    [
      'cancelled the day after, the moment of recording given: refused (after the start)',
      { start: START, now: '2026-03-11T09:00:00Z', outcome: 'cancelled', cancelledAt: '2026-03-11T09:00:00Z' },
      { ok: false, field: 'cancelledAt', message: CANCELLED_AFTER_START },
    ],
  ])('%s', (_, input, expected) => {
    expect(checkSessionOutcome(input)).toEqual(expected);
  });
});

describe('cancelledAtForNotice', () => {
  // start, answer, lateCancelHours → instant, and whether a client cancellation then is late
  it.each<[string, CancelNotice, number, string, boolean]>([
    ['more than 24 h before: 24 h and a minute before the start', 'more', 24, '2026-03-09T08:59:00Z', false],
    ['less than 24 h before: a minute before the start', 'less', 24, '2026-03-10T08:59:00Z', true],
    ['more than 48 h before: 48 h and a minute before', 'more', 48, '2026-03-08T08:59:00Z', false],
    ['less than 48 h before: a minute before', 'less', 48, '2026-03-10T08:59:00Z', true],
    ['more than 1 h before: 61 minutes before', 'more', 1, '2026-03-10T07:59:00Z', false],
    ['with a 0-hour rule, "less" is a minute before and not late', 'less', 0, '2026-03-10T08:59:00Z', false],
  ])('%s', (_, notice, hours, at, late) => {
    expect(cancelledAtForNotice(START, notice, hours)).toBe(at);
    const session: UsageSession = {
      start: START,
      plannedMinutes: 45,
      actualMinutes: null,
      status: 'cancelled',
      cancelledAt: at,
      cancelledBy: 'client',
    };
    expect(isLateCancel(session, hours)).toBe(late);
    // The instant is never after the start, so the core takes it.
    expect(checkSessionOutcome({ start: START, now: '2026-03-11T09:00:00Z', outcome: 'cancelled', cancelledAt: at })).toEqual({
      ok: true,
      cancelledAt: at,
    });
  });
});
