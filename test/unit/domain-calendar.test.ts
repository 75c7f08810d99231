// The calendar's items (docs/domain.md, "Weekly call slot"): planned occurrences of each
// agreement's slot and the stored sessions together, ordered by start; a stored session hides
// the occurrence it came from (never one slot twice), and live items that overlap are flagged.
// Worked by hand: 2 and 9 March 2026 are Mondays, Berlin is UTC+1 then, so a 10:00 slot there
// starts at 09:00Z and ends at 09:45Z.
import { describe, expect, it } from 'vitest';
import { type CalendarAgreement, type CalendarItem, type CalendarSession, calendarItems } from '../../src/domain/calendar.ts';

const mondays: CalendarAgreement = {
  id: 'a1',
  clientId: 'c1',
  slot: { weekday: 1, time: '10:00', timeZone: 'Europe/Berlin', durationMinutes: 45, intervalWeeks: 1 },
  startDate: '2026-03-02',
  endDate: null,
  pauses: [],
};

function session(id: string, fields: Partial<CalendarSession> & { start: string }): CalendarSession {
  return {
    id,
    clientId: 'c2',
    agreementId: null,
    plannedMinutes: 45,
    actualMinutes: null,
    status: 'scheduled',
    kind: 'session',
    occurrenceStart: null,
    cancelledAt: null,
    cancelledBy: null,
    notes: '',
    ...fields,
  };
}

/** What each item says, in the calendar's order. */
type Seen = Pick<CalendarItem, 'key' | 'start' | 'end' | 'status' | 'conflict' | 'lateCancel'>;
const seen = (items: CalendarItem[]): Seen[] =>
  items.map(({ key, start, end, status, conflict, lateCancel }) => ({ key, start, end, status, conflict, lateCancel }));
const planned = (agreementId: string, start: string, end: string, conflict = false): Seen => ({
  key: `slot:${agreementId}:${start}`,
  start,
  end,
  status: 'planned',
  conflict,
  lateCancel: false,
});

describe('calendarItems', () => {
  // agreements, sessions, from, to → items (late cancel: 24 hours)
  it.each<[string, CalendarAgreement[], CalendarSession[], string, string, Seen[]]>([
    [
      'one planned call a week, at 10:00 Berlin',
      [mondays],
      [],
      '2026-03-02',
      '2026-03-15',
      [planned('a1', '2026-03-02T09:00:00Z', '2026-03-02T09:45:00Z'), planned('a1', '2026-03-09T09:00:00Z', '2026-03-09T09:45:00Z')],
    ],
    [
      'a session logged from an occurrence takes its place, with its actual length',
      [mondays],
      [
        session('s1', {
          clientId: 'c1',
          agreementId: 'a1',
          occurrenceStart: '2026-03-02T09:00:00Z',
          start: '2026-03-02T09:00:00Z',
          status: 'completed',
          actualMinutes: 60,
        }),
      ],
      '2026-03-02',
      '2026-03-15',
      [
        {
          key: 'session:s1',
          start: '2026-03-02T09:00:00Z',
          end: '2026-03-02T10:00:00Z',
          status: 'completed',
          conflict: false,
          lateCancel: false,
        },
        planned('a1', '2026-03-09T09:00:00Z', '2026-03-09T09:45:00Z'),
      ],
    ],
    [
      'a session moved to Tuesday still hides the Monday it came from',
      [mondays],
      [session('s1', { clientId: 'c1', agreementId: 'a1', occurrenceStart: '2026-03-02T09:00:00Z', start: '2026-03-03T15:00:00Z' })],
      '2026-03-02',
      '2026-03-15',
      [
        {
          key: 'session:s1',
          start: '2026-03-03T15:00:00Z',
          end: '2026-03-03T15:45:00Z',
          status: 'scheduled',
          conflict: false,
          lateCancel: false,
        },
        planned('a1', '2026-03-09T09:00:00Z', '2026-03-09T09:45:00Z'),
      ],
    ],
    [
      'a session moved into another week hides its occurrence there, and shows where it went',
      [mondays],
      [session('s1', { clientId: 'c1', agreementId: 'a1', occurrenceStart: '2026-03-09T09:00:00Z', start: '2026-03-04T09:00:00Z' })],
      '2026-03-09',
      '2026-03-15',
      [
        {
          key: 'session:s1',
          start: '2026-03-04T09:00:00Z',
          end: '2026-03-04T09:45:00Z',
          status: 'scheduled',
          conflict: false,
          lateCancel: false,
        },
      ],
    ],
    [
      'a session of the same agreement at the same time without an occurrence hides nothing: both conflict',
      [mondays],
      [session('s1', { clientId: 'c1', agreementId: 'a1', start: '2026-03-02T09:00:00Z' })],
      '2026-03-02',
      '2026-03-08',
      [
        {
          key: 'session:s1',
          start: '2026-03-02T09:00:00Z',
          end: '2026-03-02T09:45:00Z',
          status: 'scheduled',
          conflict: true,
          lateCancel: false,
        },
        planned('a1', '2026-03-02T09:00:00Z', '2026-03-02T09:45:00Z', true),
      ],
    ],
    [
      'an occurrence of another agreement hides nothing of this one',
      [mondays],
      [session('s1', { clientId: 'c1', agreementId: 'a9', occurrenceStart: '2026-03-02T09:00:00Z', start: '2026-03-02T12:00:00Z' })],
      '2026-03-02',
      '2026-03-08',
      [
        planned('a1', '2026-03-02T09:00:00Z', '2026-03-02T09:45:00Z'),
        {
          key: 'session:s1',
          start: '2026-03-02T12:00:00Z',
          end: '2026-03-02T12:45:00Z',
          status: 'scheduled',
          conflict: false,
          lateCancel: false,
        },
      ],
    ],
    [
      'a client cancellation an hour before is late, and a cancelled call conflicts with nothing',
      [mondays],
      [
        session('s1', {
          clientId: 'c1',
          agreementId: 'a1',
          occurrenceStart: '2026-03-02T09:00:00Z',
          start: '2026-03-02T09:00:00Z',
          status: 'cancelled',
          cancelledBy: 'client',
          cancelledAt: '2026-03-02T08:00:00Z',
        }),
        session('s2', { start: '2026-03-02T09:15:00Z' }),
      ],
      '2026-03-02',
      '2026-03-08',
      [
        {
          key: 'session:s1',
          start: '2026-03-02T09:00:00Z',
          end: '2026-03-02T09:45:00Z',
          status: 'cancelled',
          conflict: false,
          lateCancel: true,
        },
        {
          key: 'session:s2',
          start: '2026-03-02T09:15:00Z',
          end: '2026-03-02T10:00:00Z',
          status: 'scheduled',
          conflict: false,
          lateCancel: false,
        },
      ],
    ],
    [
      'a client cancellation 25 hours before is not late, nor is the coach’s own an hour before',
      [],
      [
        session('s1', { start: '2026-03-03T09:00:00Z', status: 'cancelled', cancelledBy: 'client', cancelledAt: '2026-03-02T08:00:00Z' }),
        session('s2', { start: '2026-03-04T09:00:00Z', status: 'cancelled', cancelledBy: 'coach', cancelledAt: '2026-03-04T08:00:00Z' }),
      ],
      '2026-03-02',
      '2026-03-08',
      [
        {
          key: 'session:s1',
          start: '2026-03-03T09:00:00Z',
          end: '2026-03-03T09:45:00Z',
          status: 'cancelled',
          conflict: false,
          lateCancel: false,
        },
        {
          key: 'session:s2',
          start: '2026-03-04T09:00:00Z',
          end: '2026-03-04T09:45:00Z',
          status: 'cancelled',
          conflict: false,
          lateCancel: false,
        },
      ],
    ],
    [
      'a call that starts as another ends does not conflict with it',
      [mondays],
      [session('s1', { start: '2026-03-02T09:45:00Z' })],
      '2026-03-02',
      '2026-03-08',
      [
        planned('a1', '2026-03-02T09:00:00Z', '2026-03-02T09:45:00Z'),
        {
          key: 'session:s1',
          start: '2026-03-02T09:45:00Z',
          end: '2026-03-02T10:30:00Z',
          status: 'scheduled',
          conflict: false,
          lateCancel: false,
        },
      ],
    ],
    [
      'a long session overlapping two later calls flags all three',
      [],
      [
        session('long', { start: '2026-03-02T09:00:00Z', plannedMinutes: 180 }),
        session('s2', { start: '2026-03-02T09:30:00Z', plannedMinutes: 30 }),
        session('s3', { start: '2026-03-02T11:00:00Z', plannedMinutes: 30 }),
      ],
      '2026-03-02',
      '2026-03-08',
      [
        {
          key: 'session:long',
          start: '2026-03-02T09:00:00Z',
          end: '2026-03-02T12:00:00Z',
          status: 'scheduled',
          conflict: true,
          lateCancel: false,
        },
        {
          key: 'session:s2',
          start: '2026-03-02T09:30:00Z',
          end: '2026-03-02T10:00:00Z',
          status: 'scheduled',
          conflict: true,
          lateCancel: false,
        },
        {
          key: 'session:s3',
          start: '2026-03-02T11:00:00Z',
          end: '2026-03-02T11:30:00Z',
          status: 'scheduled',
          conflict: true,
          lateCancel: false,
        },
      ],
    ],
    [
      'no occurrence on a paused day, nor on or after the end date',
      [{ ...mondays, pauses: [{ from: '2026-03-09', to: '2026-03-09' }], endDate: '2026-03-23' }],
      [],
      '2026-03-02',
      '2026-03-31',
      [planned('a1', '2026-03-02T09:00:00Z', '2026-03-02T09:45:00Z'), planned('a1', '2026-03-16T09:00:00Z', '2026-03-16T09:45:00Z')],
    ],
    [
      'after Berlin’s change to summer time the same 10:00 is 08:00Z',
      [mondays],
      [],
      '2026-03-23',
      '2026-04-05',
      [planned('a1', '2026-03-23T09:00:00Z', '2026-03-23T09:45:00Z'), planned('a1', '2026-03-30T08:00:00Z', '2026-03-30T08:45:00Z')],
    ],
    [
      'the range is of dates in the slot’s zone: 00:30 on Monday in Berlin is Sunday 23:30Z',
      [{ ...mondays, slot: { ...mondays.slot, time: '00:30' } }],
      [],
      '2026-03-02',
      '2026-03-02',
      [planned('a1', '2026-03-01T23:30:00Z', '2026-03-02T00:15:00Z')],
    ],
    [
      'two agreements at the same time: both planned, both in conflict, ordered by key',
      [mondays, { ...mondays, id: 'a2', clientId: 'c2' }],
      [],
      '2026-03-02',
      '2026-03-08',
      [
        planned('a1', '2026-03-02T09:00:00Z', '2026-03-02T09:45:00Z', true),
        planned('a2', '2026-03-02T09:00:00Z', '2026-03-02T09:45:00Z', true),
      ],
    ],
  ])('%s', (_, agreements, sessions, from, to, expected) => {
    expect(seen(calendarItems(agreements, sessions, from, to, 24))).toEqual(expected);
  });

  it('carries a planned call’s and a session’s own fields', () => {
    const stored = session('s1', {
      clientId: 'c1',
      agreementId: 'a1',
      occurrenceStart: '2026-03-09T09:00:00Z',
      start: '2026-03-09T09:00:00Z',
      kind: 'extended',
      plannedMinutes: 90,
      notes: 'Quarterly review',
    });
    const [first, second] = calendarItems([mondays], [stored], '2026-03-02', '2026-03-15', 24);
    expect(first).toEqual({
      key: 'slot:a1:2026-03-02T09:00:00Z',
      sessionId: null,
      agreementId: 'a1',
      clientId: 'c1',
      start: '2026-03-02T09:00:00Z',
      end: '2026-03-02T09:45:00Z',
      plannedMinutes: 45,
      actualMinutes: null,
      status: 'planned',
      kind: 'session',
      occurrenceStart: '2026-03-02T09:00:00Z',
      lateCancel: false,
      cancelledBy: null,
      notes: '',
      conflict: false,
    });
    expect(second).toMatchObject({
      key: 'session:s1',
      sessionId: 's1',
      agreementId: 'a1',
      clientId: 'c1',
      end: '2026-03-09T10:30:00Z',
      plannedMinutes: 90,
      kind: 'extended',
      occurrenceStart: '2026-03-09T09:00:00Z',
      notes: 'Quarterly review',
    });
  });
});
