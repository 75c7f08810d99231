import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/domain/dates.ts';
import {
  agreementEnd,
  earliestEnd,
  effectiveDateForNotice,
  isInForce,
  noticeDeadline,
  noticeOutlook,
  type TermsInput,
  termEnd,
  termNumberOn,
} from '../../src/domain/terms.ts';

const base: TermsInput = { status: 'active', startDate: '2025-11-30', termMonths: 3, autoRenew: true, noticeDays: 14, cancellation: null };

describe('anchored months', () => {
  it('clamps to the month end from the anchor, never chained', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-11-30', 6)).toBe('2026-05-30');
  });
});

describe('terms and notice', () => {
  it('ends term n at start + n × termMonths, exclusive', () => {
    expect(termEnd('2025-11-30', 3, 1)).toBe('2026-02-28');
    expect(termEnd('2025-11-30', 3, 2)).toBe('2026-05-30');
    expect(noticeDeadline('2026-02-28', 14)).toBe('2026-02-14');
  });

  it('notice on or before the deadline ends the agreement at that term end; later, at the next', () => {
    // Term 1 of b1 ends 2026-02-28, deadline 2026-02-14.
    expect(effectiveDateForNotice(base, '2026-02-14')).toBe('2026-02-28');
    expect(effectiveDateForNotice(base, '2026-02-15')).toBe('2026-05-30');
    expect(effectiveDateForNotice(base, '2025-12-01')).toBe('2026-02-28');
  });

  it('open-ended: notice on d ends it at d + noticeDays (never before the start)', () => {
    const open = { ...base, termMonths: null, noticeDays: 30, startDate: '2025-02-15' };
    expect(effectiveDateForNotice(open, '2026-02-20')).toBe('2026-03-22');
    expect(earliestEnd(open, '2026-02-20')).toBe('2026-03-22');
    const future = { ...open, startDate: '2026-03-01' };
    expect(earliestEnd(future, '2026-02-20')).toBe('2026-03-31');
  });

  it('earliest end: a passed deadline commits the next term (worked example b1 on 2026-02-20)', () => {
    expect(earliestEnd(base, '2026-02-20')).toBe('2026-05-30');
    expect(earliestEnd(base, '2026-02-14')).toBe('2026-02-28');
  });

  it('earliest end of quarterly access b2 in its second term', () => {
    const b2 = { ...base, startDate: '2025-08-01', termMonths: 6, noticeDays: 60 };
    // Term 1 ends 2026-02-01 (deadline 2025-12-03, passed); term 2 ends 2026-08-01 (deadline 2026-06-02).
    expect(earliestEnd(b2, '2026-02-20')).toBe('2026-08-01');
    expect(termNumberOn(b2, '2026-02-20')).toBe(2);
    expect(noticeOutlook(b2, '2026-02-20')).toEqual({
      termEnd: '2026-08-01',
      noticeDeadline: '2026-06-02',
      endIfNoticeToday: '2026-08-01',
      renews: true,
    });
  });

  it('without auto-renewal the first term is the last', () => {
    const fixed = { ...base, autoRenew: false };
    expect(earliestEnd(fixed, '2026-02-20')).toBe('2026-02-28');
    expect(effectiveDateForNotice(fixed, '2026-02-20')).toBe('2026-02-28');
    expect(agreementEnd(fixed)).toBe('2026-02-28');
    expect(isInForce(fixed, '2026-02-27')).toBe(true);
    expect(isInForce(fixed, '2026-02-28')).toBe(false);
  });

  it('a cancellation sets the end; a fixed term without renewal may come first', () => {
    const cancelled = { ...base, cancellation: { noticeGivenOn: '2026-01-10', effectiveDate: '2026-04-15' } };
    expect(earliestEnd(cancelled, '2026-02-20')).toBe('2026-04-15');
    expect(isInForce(cancelled, '2026-04-14')).toBe(true);
    expect(isInForce(cancelled, '2026-04-15')).toBe(false);
    const shortFixed = { ...cancelled, autoRenew: false };
    expect(earliestEnd(shortFixed, '2026-02-20')).toBe('2026-02-28');
  });

  it('in force only when active and started', () => {
    expect(isInForce(base, '2025-11-29')).toBe(false);
    expect(isInForce(base, '2025-11-30')).toBe(true);
    expect(isInForce({ ...base, status: 'sent' }, '2026-01-01')).toBe(false);
    expect(isInForce({ ...base, status: 'ended' }, '2026-01-01')).toBe(false);
    expect(isInForce(base, '2030-01-01')).toBe(true); // auto-renewing, never cancelled
  });
});

describe('calendar arithmetic agrees with date-fns', () => {
  it('addMonths and addDays give what date-fns gives on UTC dates', async () => {
    const fc = (await import('fast-check')).default;
    const { addMonths: fnsAddMonths } = await import('date-fns/addMonths');
    const { addDays: fnsAddDays } = await import('date-fns/addDays');
    const { TZDate } = await import('@date-fns/tz');
    const { addDays } = await import('../../src/domain/dates.ts');
    const day = (d: Date) => d.toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -400, max: 400 }),
        (date, n) => {
          const iso = day(date);
          const utc = new TZDate(`${iso}T00:00:00Z`, 'UTC');
          expect(addMonths(iso, n)).toBe(day(new Date(fnsAddMonths(utc, n).getTime())));
          expect(addDays(iso, n)).toBe(day(new Date(fnsAddDays(utc, n).getTime())));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('dates in a zone and day numbers agree with Intl and Date', async () => {
    const fc = (await import('fast-check')).default;
    const { dateInZone, dayNumber, dayNumberInZone } = await import('../../src/domain/dates.ts');
    const zones = [
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Pacific/Chatham',
      'America/St_Johns',
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          const local = dateInZone(instant, zone);
          expect(local).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(instant));
          expect(dayNumber(local)).toBe(Date.parse(`${local}T00:00:00Z`) / 86_400_000);
          expect(dayNumberInZone(instant.getTime(), zone)).toBe(dayNumber(local));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
