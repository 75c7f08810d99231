// One benchmark agreement in full: its terms drawn around its kind, status and the dates
// the quotas chose (large-activity.ts), in the workspace file's key order.

import { addDays, type CalendarDate } from '../domain/dates.ts';
import { timestampText } from '../domain/instants.ts';
import type { WorkspaceAgreement } from '../domain/model.ts';
import { valueInstallments } from '../domain/pricing.ts';
import type { Random } from './random.ts';
import { atUtc } from './util.ts';

/** Kind and status of each agreement and who it belongs to; dates come later, from the quotas. */
export type AgreementShape = Pick<WorkspaceAgreement, 'id' | 'clientId' | 'kind' | 'status' | 'periodMonths'> & { intervalWeeks: 1 | 2 };

export interface AgreementDates {
  startDate: CalendarDate;
  termMonths: number | null;
  autoRenew: boolean;
  cancellation: WorkspaceAgreement['cancellation'];
  pauses: WorkspaceAgreement['pauses'];
  withSlot: boolean;
}

/** Fills in an agreement's terms around its shape and dates. */
export function fullAgreement(rng: Random, shape: AgreementShape, dates: AgreementDates, today: CalendarDate): WorkspaceAgreement {
  const { kind, status } = shape;
  const fee = kind === 'value' ? rng.int(30, 200) * 10000 : kind === 'project' ? 0 : rng.int(50, 250) * 1000 * shape.periodMonths;
  const signed = status !== 'draft' && status !== 'sent';
  return {
    id: shape.id,
    clientId: shape.clientId,
    kind,
    status,
    title: { work: 'Pay-for-Work retainer', access: 'Pay-for-Access retainer', value: 'Value engagement', project: 'Hourly coaching' }[
      kind
    ],
    currency: 'EUR',
    startDate: dates.startDate,
    termMonths: dates.termMonths,
    autoRenew: dates.autoRenew,
    noticeDays: rng.pick([14, 30, 30, 60]),
    periodMonths: shape.periodMonths,
    feeMinor: fee,
    includedMinutes: kind === 'work' ? rng.pick([120, 180, 240]) * shape.periodMonths : null,
    rolloverCapMinutes: kind === 'work' ? rng.pick([0, 30, 60]) : null,
    overageRateMinorPerHour: kind === 'work' ? rng.int(12, 22) * 1000 : null,
    overageIncrementMinutes: kind === 'work' ? 15 : null,
    fairUseMinutes: kind === 'access' && rng.chance(0.5) ? rng.pick([120, 180, 240]) * shape.periodMonths : null,
    hourlyRateMinor: kind === 'project' ? rng.int(10, 20) * 1000 : null,
    agreedValueMinor: kind === 'value' ? fee * 10 : null,
    installments: kind === 'value' ? valueInstallments(fee, dates.startDate, dates.termMonths) : [],
    renewalProbability: rng.chance(0.1) ? rng.pick([0.6, 0.75, 0.9]) : null,
    slot: dates.withSlot
      ? {
          weekday: rng.int(1, 5),
          time: rng.pick(['08:00', '09:30', '11:00', '14:00', '16:30', '18:00']),
          timeZone: rng.pick(['Europe/Berlin', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Tokyo']),
          durationMinutes: 45,
          intervalWeeks: shape.intervalWeeks,
        }
      : null,
    pauses: dates.pauses,
    cancellation: dates.cancellation,
    sentAt:
      status === 'draft'
        ? null
        : timestampText(atUtc(status === 'sent' ? addDays(today, -rng.int(1, 30)) : addDays(dates.startDate, -10), 14)),
    signedAt: signed ? timestampText(atUtc(addDays(dates.startDate, -5), 10)) : null,
  };
}
