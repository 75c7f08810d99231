// What a new agreement starts with, per kind: monthly billing, six months that renew, 30
// days' notice and a weekly 45-minute call on Tuesdays at 10:00 in the coach's zone. The
// core creates drafts from these, and the editor offers the same term and call when the
// coach turns a fixed term or a weekly call back on.
import type { WorkspaceAgreement } from './model.ts';
import { valueInstallments } from './pricing.ts';

export type AgreementKind = WorkspaceAgreement['kind'];
type AgreementSlot = NonNullable<WorkspaceAgreement['slot']>;

export const AGREEMENT_KIND_TITLES: Record<AgreementKind, string> = {
  work: 'Pay-for-Work retainer',
  access: 'Pay-for-Access retainer',
  value: 'Value-based engagement',
  project: 'Project work',
};

export const DEFAULT_TERM_MONTHS = 6;
export const DEFAULT_NOTICE_DAYS = 30;

/** The weekly call a new retainer or value engagement starts with, in the coach's zone. */
export function defaultSlot(timeZone: string): AgreementSlot {
  return { weekday: 2, time: '10:00', timeZone, durationMinutes: 45, intervalWeeks: 1 };
}

/** A new draft of a kind, in the workspace's currency and zone, starting on `startDate`. */
export function defaultAgreement(
  kind: AgreementKind,
  workspace: { currency: string; timeZone: string },
  startDate: string,
): Omit<WorkspaceAgreement, 'id' | 'clientId'> {
  const retainer = kind === 'work' || kind === 'access';
  const termMonths = kind === 'project' ? null : DEFAULT_TERM_MONTHS;
  return {
    kind,
    status: 'draft',
    title: AGREEMENT_KIND_TITLES[kind],
    currency: workspace.currency,
    startDate,
    termMonths,
    autoRenew: retainer,
    noticeDays: DEFAULT_NOTICE_DAYS,
    periodMonths: 1,
    feeMinor: 0,
    includedMinutes: kind === 'work' ? 180 : null,
    rolloverCapMinutes: kind === 'work' ? 60 : null,
    overageRateMinorPerHour: kind === 'work' ? 0 : null,
    overageIncrementMinutes: kind === 'work' ? 15 : null,
    fairUseMinutes: null,
    hourlyRateMinor: kind === 'project' ? 0 : null,
    agreedValueMinor: null,
    installments: kind === 'value' ? valueInstallments(0, startDate, termMonths) : [],
    renewalProbability: null,
    slot: kind === 'project' ? null : defaultSlot(workspace.timeZone),
    pauses: [],
    cancellation: null,
    sentAt: null,
    signedAt: null,
  };
}
