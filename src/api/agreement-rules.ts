// What the agreements handlers share: checking a candidate agreement, building its
// document, and the status a coach sees on a given day. The defaults per kind are the
// domain's (src/domain/agreement-defaults.ts).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { type Acceptance, type AgreementDocument, buildAgreementDocument, type Clause } from '../documents/agreement-document.ts';
import { defaultTemplateFor } from '../documents/templates.ts';
import { agreementProblems } from '../domain/agreement-rules.ts';
import { dateInZone } from '../domain/dates.ts';
import { agreementSchema } from '../domain/model.ts';
import { valueInstallments } from '../domain/pricing.ts';
import { agreementEnd, type TermsInput } from '../domain/terms.ts';
import type { Agreement } from '../store/agreements.ts';
import { readAgreements } from '../store/agreements.ts';
import { type Client, findClient } from '../store/clients.ts';
import { readDraftDocument, readVersions, type VersionBody } from '../store/documents.ts';
import { getSettings } from '../store/settings.ts';
import { CadenceError, type Context, fieldsFromZod } from './contract.ts';

export function today(ctx: Context): string {
  return dateInZone(ctx.now(), getSettings(ctx.store.sql).timeZone);
}

/** Checks a whole candidate agreement; throws invalid_input naming each field. */
export function checkAgreement(candidate: Agreement): Agreement {
  const parsed = agreementSchema.safeParse(candidate);
  if (!parsed.success) {
    const fields = fieldsFromZod(parsed.error);
    const [first] = Object.entries(fields);
    throw new CadenceError('invalid_input', first ? `${first[0]}: ${first[1]}` : 'The agreement is not valid.', fields);
  }
  const problems = agreementProblems(parsed.data);
  const [first] = Object.entries(problems);
  if (first) throw new CadenceError('invalid_input', `${first[0]}: ${first[1]}`, problems);
  return parsed.data;
}

export function requireAgreement(ctx: Context, id: string): Agreement {
  const [agreement] = readAgreements(ctx.store.sql, { ids: [id] });
  if (!agreement) throw new CadenceError('not_found', 'This agreement does not exist (it may have been deleted).');
  return agreement;
}

export function requireClient(ctx: Context, id: string): Client {
  const client = findClient(ctx.store.sql, id);
  if (!client) throw new CadenceError('not_found', `No client has the id "${id}".`, { clientId: 'no such client' });
  return client;
}

export function draftClauses(ctx: Context, agreement: Agreement): { templateId: string | null; clauses: Clause[] } {
  const stored = readDraftDocument(ctx.store.sql, agreement.id);
  if (stored) return stored;
  const template = defaultTemplateFor(agreement.kind);
  return { templateId: template.id, clauses: template.clauses };
}

export function documentFor(
  ctx: Context,
  body: { terms: Omit<Agreement, 'id' | 'clientId'>; clauses: Clause[]; client: VersionBody['client'] },
  acceptance: Acceptance | null,
  statusLabel?: string,
): AgreementDocument {
  const settings = getSettings(ctx.store.sql);
  return buildAgreementDocument({
    agreement: body.terms,
    client: body.client,
    business: { name: settings.businessName, address: settings.businessAddress },
    settings: { lateCancelHours: settings.lateCancelHours, paymentTermsDays: settings.paymentTermsDays },
    locale: settings.locale,
    clauses: body.clauses,
    logoDataUrl: settings.logoDataUrl,
    paperSize: settings.paperSize,
    timeZone: settings.timeZone,
    acceptance,
    ...(statusLabel ? { statusLabel } : {}),
  });
}

function statusLabel(agreement: Agreement): string {
  if (agreement.status === 'sent') return 'sent for signature';
  if (agreement.status === 'draft') return 'draft';
  // Imported agreements can be signed without a stored text version.
  return agreement.signedAt ? `signed ${agreement.signedAt.slice(0, 10)}` : agreement.status;
}

/** The document of a stored version, or of the current draft when version is omitted. */
export function agreementDocument(ctx: Context, agreement: Agreement, version?: number): AgreementDocument {
  const versions = readVersions(ctx.store.sql, agreement.id);
  if (version !== undefined || (agreement.status !== 'draft' && agreement.status !== 'sent' && versions.length > 0)) {
    const wanted = version ?? versions.at(-1)!.version;
    const stored = versions.find((v) => v.version === wanted);
    if (!stored) throw new CadenceError('not_found', `This agreement has no version ${wanted}.`, { version: 'no such version' });
    return documentFor(ctx, stored.body, {
      signedBy: stored.signedBy ?? '',
      signedAt: stored.signedAt ?? stored.createdAt,
      method: stored.signedMethod ?? 'paper',
      version: stored.version,
      contentHash: stored.contentHash,
      effectiveDate: stored.effectiveDate,
    });
  }
  const client = requireClient(ctx, agreement.clientId);
  return documentFor(ctx, { terms: agreement, clauses: draftClauses(ctx, agreement).clauses, client }, null, statusLabel(agreement));
}

export function contentHash(body: VersionBody): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

export type DisplayStatus = Agreement['status'];

/** The status a coach sees on `date`: a pending cancellation or a finished fixed term has taken effect. */
export function displayStatus(agreement: Agreement, date: string): DisplayStatus {
  if (agreement.status !== 'active') return agreement.status;
  const end = agreementEnd(agreement as TermsInput);
  if (end !== null && end <= date) return agreement.cancellation && agreement.cancellation.effectiveDate <= date ? 'cancelled' : 'ended';
  return 'active';
}

export const termsPatchShape = {
  title: agreementSchema.shape.title.optional(),
  currency: agreementSchema.shape.currency.optional(),
  startDate: agreementSchema.shape.startDate.optional(),
  termMonths: agreementSchema.shape.termMonths.optional(),
  autoRenew: agreementSchema.shape.autoRenew.optional(),
  noticeDays: agreementSchema.shape.noticeDays.optional(),
  periodMonths: agreementSchema.shape.periodMonths.optional(),
  feeMinor: agreementSchema.shape.feeMinor.optional(),
  includedMinutes: agreementSchema.shape.includedMinutes.optional(),
  rolloverCapMinutes: agreementSchema.shape.rolloverCapMinutes.optional(),
  overageRateMinorPerHour: agreementSchema.shape.overageRateMinorPerHour.optional(),
  overageIncrementMinutes: agreementSchema.shape.overageIncrementMinutes.optional(),
  fairUseMinutes: agreementSchema.shape.fairUseMinutes.optional(),
  hourlyRateMinor: agreementSchema.shape.hourlyRateMinor.optional(),
  agreedValueMinor: agreementSchema.shape.agreedValueMinor.optional(),
  installments: agreementSchema.shape.installments.optional(),
  renewalProbability: agreementSchema.shape.renewalProbability.optional(),
  slot: agreementSchema.shape.slot.optional(),
};

export const clauseSchema = z.strictObject({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  body: z.string().max(20_000, 'must be at most 20,000 characters'),
});

export type TermsPatch = { [K in keyof typeof termsPatchShape]?: z.output<(typeof termsPatchShape)[K]> };

/** Applies a patch; a value agreement whose fee or dates change gets its installments recomputed unless given. */
export function applyTerms(agreement: Agreement, patch: TermsPatch): Agreement {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as TermsPatch;
  const next = { ...agreement, ...defined } as Agreement;
  const scheduleChanged = defined.feeMinor !== undefined || defined.startDate !== undefined || defined.termMonths !== undefined;
  if (next.kind === 'value' && scheduleChanged && defined.installments === undefined) {
    next.installments = valueInstallments(next.feeMinor, next.startDate, next.termMonths);
  }
  return next;
}
