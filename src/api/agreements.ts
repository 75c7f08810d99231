import { z } from 'zod';
import type { AgreementDocument, Clause } from '../documents/agreement-document.ts';
import { builtInTemplates } from '../documents/templates.ts';
import { defaultAgreement } from '../domain/agreement-defaults.ts';
import { calendarDate, id, requiredText } from '../domain/fields.ts';
import { timestampText, utcInstantText } from '../domain/instants.ts';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../domain/model.ts';
import { period, periodIndexOn } from '../domain/periods.ts';
import { effectiveDateForNotice, noticeOutlook } from '../domain/terms.ts';
import { type Agreement, insertAgreements, readAgreements, replaceAgreement } from '../store/agreements.ts';
import { insertVersion, listSavedTemplates, readVersions, type VersionBody, writeDraftDocument } from '../store/documents.ts';
import { getSettings } from '../store/settings.ts';
import { qb } from '../store/sql.ts';
import { diffVersions } from './agreement-diff.ts';
import {
  agreementDocument,
  applyTerms,
  checkAgreement,
  clauseSchema,
  contentHash,
  displayStatus,
  documentFor,
  draftClauses,
  requireAgreement,
  requireClient,
  type TermsPatch,
  termsPatchShape,
  today,
} from './agreement-rules.ts';
import { clientNamesOf } from './clients.ts';
import { CadenceError, type Context, handler } from './contract.ts';
import { newId } from './ids.ts';

const byId = z.strictObject({ id });
const clausesInput = z.array(clauseSchema).max(60, 'must have at most 60 clauses');

function save(ctx: Context, agreement: Agreement): Agreement {
  replaceAgreement(ctx.store.sql, checkAgreement(agreement), timestampText(ctx.now()));
  return requireAgreement(ctx, agreement.id);
}

function requireStatus(agreement: Agreement, allowed: Agreement['status'][], action: string): void {
  if (!allowed.includes(agreement.status)) {
    throw new CadenceError('conflict', `A ${agreement.status} agreement cannot be ${action}.`);
  }
}

function detail(ctx: Context, agreement: Agreement) {
  const date = today(ctx);
  const client = requireClient(ctx, agreement.clientId);
  const { templateId, clauses } = draftClauses(ctx, agreement);
  const versions = readVersions(ctx.store.sql, agreement.id).map(({ body: _body, ...version }) => version);
  const document = agreementDocument(ctx, agreement);
  const current = periodIndexOn(agreement.startDate, agreement.periodMonths, date);
  return {
    agreement,
    client: { id: client.id, name: client.name, company: client.company },
    displayStatus: displayStatus(agreement, date),
    templateId,
    clauses,
    versions,
    document,
    problems: document.problems,
    editable: agreement.status === 'draft',
    outlook: agreement.status === 'active' ? noticeOutlook(agreement, date) : null,
    // Whole periods the UI offers to pause: the current one and the next eleven.
    pauseOptions: Array.from({ length: 12 }, (_, i) => period(agreement.startDate, agreement.periodMonths, Math.max(0, current) + i)),
    today: date,
  };
}

function freezeVersion(
  ctx: Context,
  agreement: Agreement,
  clauses: Clause[],
  effectiveDate: string,
  signature: { signedBy: string; method: 'paper' | 'typed'; signedAt: string },
): number {
  const client = requireClient(ctx, agreement.clientId);
  const body: VersionBody = { terms: agreement, clauses, client: { name: client.name, company: client.company, email: client.email } };
  const version = (readVersions(ctx.store.sql, agreement.id).at(-1)?.version ?? 0) + 1;
  insertVersion(ctx.store.sql, agreement.id, {
    version,
    effectiveDate,
    body,
    contentHash: contentHash(body),
    signedBy: signature.signedBy,
    signedAt: signature.signedAt,
    signedMethod: signature.method,
    createdAt: timestampText(ctx.now()),
  });
  return version;
}

const listInput = z.strictObject({
  status: z.enum(AGREEMENT_STATUSES).optional(),
  kind: z.enum(AGREEMENT_KINDS).optional(),
  clientId: id.optional(),
});

export const agreementHandlers = {
  'agreements.list': handler({
    input: listInput,
    reads: ['settings', 'clients', 'agreements'],
    writes: [],
    run: (ctx, filter) => {
      const date = today(ctx);
      const names = clientNamesOf(ctx);
      return readAgreements(ctx.store.sql, filter.clientId ? { clientId: filter.clientId } : {})
        .filter((a) => (!filter.kind || a.kind === filter.kind) && (!filter.status || displayStatus(a, date) === filter.status))
        .map((a) => ({
          id: a.id,
          clientId: a.clientId,
          clientName: names.get(a.clientId)?.name ?? '',
          kind: a.kind,
          status: a.status,
          displayStatus: displayStatus(a, date),
          title: a.title,
          currency: a.currency,
          feeMinor: a.feeMinor,
          periodMonths: a.periodMonths,
          startDate: a.startDate,
          termMonths: a.termMonths,
          autoRenew: a.autoRenew,
          sentAt: a.sentAt,
          signedAt: a.signedAt,
          cancellation: a.cancellation,
          outlook: displayStatus(a, date) === 'active' ? noticeOutlook(a, date) : null,
        }));
    },
  }),

  'agreements.get': handler({
    input: byId,
    reads: ['settings', 'clients', 'agreements'],
    writes: [],
    run: (ctx, { id: agreementId }) => detail(ctx, requireAgreement(ctx, agreementId)),
  }),

  'agreements.create': handler({
    input: z.strictObject({ clientId: id, kind: z.enum(AGREEMENT_KINDS), templateId: z.string().max(64).optional(), ...termsPatchShape }),
    reads: ['settings', 'clients', 'agreements'],
    writes: ['agreements'],
    run: (ctx, { clientId, kind, templateId, ...terms }) =>
      ctx.store.sql.transaction(() => {
        requireClient(ctx, clientId);
        const settings = getSettings(ctx.store.sql);
        const base = { id: newId(), clientId, ...defaultAgreement(kind, settings, today(ctx)) };
        const agreement = checkAgreement(applyTerms(base, terms as TermsPatch));
        const template = templateId ? findTemplate(ctx, templateId, kind) : builtInTemplates().find((t) => t.kind === kind)!;
        insertAgreements(ctx.store.sql, [agreement], timestampText(ctx.now()));
        writeDraftDocument(ctx.store.sql, agreement.id, { templateId: template.id, clauses: template.clauses }, timestampText(ctx.now()));
        return detail(ctx, agreement);
      }),
  }),

  'agreements.update': handler({
    input: z.strictObject({
      id,
      ...termsPatchShape,
      clauses: clausesInput.optional(),
      templateId: z.string().max(64).nullable().optional(),
    }),
    reads: ['settings', 'clients', 'agreements'],
    writes: ['agreements'],
    run: (ctx, { id: agreementId, clauses, templateId, ...terms }) =>
      ctx.store.sql.transaction(() => {
        const agreement = requireAgreement(ctx, agreementId);
        if (agreement.status !== 'draft') {
          throw new CadenceError(
            'conflict',
            'Only drafts are edited in place. Amend a signed agreement, or withdraw a sent one to draft first.',
          );
        }
        const saved = save(ctx, applyTerms(agreement, terms as TermsPatch));
        if (clauses || templateId !== undefined) {
          const current = draftClauses(ctx, saved);
          writeDraftDocument(
            ctx.store.sql,
            saved.id,
            { templateId: templateId === undefined ? current.templateId : templateId, clauses: clauses ?? current.clauses },
            timestampText(ctx.now()),
          );
        }
        return detail(ctx, saved);
      }),
  }),

  'agreements.preview': handler({
    // The live preview: unsaved terms and clauses, drawn by the same model as the PDF.
    input: z.strictObject({ id, ...termsPatchShape, clauses: clausesInput.optional() }),
    reads: ['settings', 'clients', 'agreements'],
    writes: [],
    run: (ctx, { id: agreementId, clauses, ...terms }) => {
      const agreement = requireAgreement(ctx, agreementId);
      const client = requireClient(ctx, agreement.clientId);
      const candidate = applyTerms(agreement, terms as TermsPatch);
      return documentFor(ctx, { terms: candidate, clauses: clauses ?? draftClauses(ctx, agreement).clauses, client }, null);
    },
  }),

  'agreements.send': handler({
    input: byId,
    reads: ['settings', 'clients', 'agreements'],
    writes: ['agreements'],
    run: (ctx, { id: agreementId }) =>
      ctx.store.sql.transaction(() => {
        const agreement = requireAgreement(ctx, agreementId);
        requireStatus(agreement, ['draft'], 'sent');
        requireNoProblems(agreementDocument(ctx, agreement).problems, 'sending');
        return detail(ctx, save(ctx, { ...agreement, status: 'sent', sentAt: timestampText(ctx.now()) }));
      }),
  }),

  'agreements.withdraw': handler({
    input: byId,
    reads: ['settings', 'clients', 'agreements'],
    writes: ['agreements'],
    run: (ctx, { id: agreementId }) =>
      ctx.store.sql.transaction(() => {
        const agreement = requireAgreement(ctx, agreementId);
        requireStatus(agreement, ['sent'], 'withdrawn');
        return detail(ctx, save(ctx, { ...agreement, status: 'draft', sentAt: null }));
      }),
  }),

  'agreements.sign': handler({
    input: z.strictObject({
      id,
      signedBy: requiredText(200),
      method: z.enum(['paper', 'typed']),
      signedOn: calendarDate.optional(),
    }),
    reads: ['settings', 'clients', 'agreements'],
    writes: ['agreements'],
    run: (ctx, { id: agreementId, signedBy, method, signedOn }) =>
      ctx.store.sql.transaction(() => {
        const agreement = requireAgreement(ctx, agreementId);
        requireStatus(agreement, ['draft', 'sent'], 'signed');
        requireNoProblems(agreementDocument(ctx, agreement).problems, 'signing');
        const signedAt = signedOn ? utcInstantText(signedOn, '12:00') : timestampText(ctx.now());
        const active = save(ctx, { ...agreement, status: 'active', signedAt });
        freezeVersion(ctx, active, draftClauses(ctx, active).clauses, active.startDate, { signedBy, method, signedAt });
        return detail(ctx, active);
      }),
  }),

  'agreements.amend': handler({
    input: z.strictObject({
      id,
      effectiveDate: calendarDate,
      signedBy: requiredText(200),
      method: z.enum(['paper', 'typed']),
      ...termsPatchShape,
      clauses: clausesInput.optional(),
    }),
    reads: ['settings', 'clients', 'agreements'],
    writes: ['agreements'],
    run: (ctx, { id: agreementId, effectiveDate, signedBy, method, clauses, ...terms }) =>
      ctx.store.sql.transaction(() => {
        const agreement = requireAgreement(ctx, agreementId);
        requireStatus(agreement, ['active'], 'amended');
        if (effectiveDate < agreement.startDate) {
          throw new CadenceError('invalid_input', 'effectiveDate: must not be before the agreement starts', {
            effectiveDate: 'must not be before the agreement starts',
          });
        }
        const amended = save(ctx, applyTerms(agreement, terms as TermsPatch));
        const nextClauses = clauses ?? readVersions(ctx.store.sql, agreementId).at(-1)?.body.clauses ?? draftClauses(ctx, amended).clauses;
        requireNoProblems(
          documentFor(ctx, { terms: amended, clauses: nextClauses, client: requireClient(ctx, amended.clientId) }, null).problems,
          'amending',
        );
        writeDraftDocument(ctx.store.sql, agreementId, { templateId: null, clauses: nextClauses }, timestampText(ctx.now()));
        freezeVersion(ctx, amended, nextClauses, effectiveDate, { signedBy, method, signedAt: timestampText(ctx.now()) });
        return detail(ctx, amended);
      }),
  }),

  'agreements.diff': handler({
    input: z.strictObject({ id, version: z.number().int().min(2, 'must be 2 or later') }),
    reads: ['settings', 'agreements'],
    writes: [],
    run: (ctx, { id: agreementId, version }) => {
      requireAgreement(ctx, agreementId);
      const versions = readVersions(ctx.store.sql, agreementId);
      const after = versions.find((v) => v.version === version);
      const before = versions.find((v) => v.version === version - 1);
      if (!after || !before)
        throw new CadenceError('not_found', `This agreement has no version ${version}.`, { version: 'no such version' });
      return diffVersions(agreementDocumentOf(ctx, before.body), agreementDocumentOf(ctx, after.body), {
        before: before.version,
        after: after.version,
      });
    },
  }),

  'agreements.cancelPreview': handler({
    input: z.strictObject({ id, noticeGivenOn: calendarDate.optional() }),
    reads: ['settings', 'agreements'],
    writes: [],
    run: (ctx, { id: agreementId, noticeGivenOn }) => {
      const agreement = requireAgreement(ctx, agreementId);
      requireStatus(agreement, ['active'], 'cancelled');
      const given = noticeGivenOn ?? today(ctx);
      return { noticeGivenOn: given, effectiveDate: effectiveDateForNotice(agreement, given), outlook: noticeOutlook(agreement, given) };
    },
  }),

  'agreements.cancel': handler({
    input: z.strictObject({ id, noticeGivenOn: calendarDate.optional(), effectiveDate: calendarDate.optional() }),
    reads: ['settings', 'clients', 'agreements'],
    writes: ['agreements'],
    run: (ctx, { id: agreementId, noticeGivenOn, effectiveDate }) =>
      ctx.store.sql.transaction(() => {
        const agreement = requireAgreement(ctx, agreementId);
        requireStatus(agreement, ['active'], 'cancelled');
        const given = noticeGivenOn ?? today(ctx);
        const cancellation = { noticeGivenOn: given, effectiveDate: effectiveDate ?? effectiveDateForNotice(agreement, given) };
        return detail(ctx, save(ctx, { ...agreement, cancellation }));
      }),
  }),

  'agreements.withdrawCancellation': handler({
    input: byId,
    reads: ['settings', 'clients', 'agreements'],
    writes: ['agreements'],
    run: (ctx, { id: agreementId }) =>
      ctx.store.sql.transaction(() => {
        const agreement = requireAgreement(ctx, agreementId);
        if (!agreement.cancellation) throw new CadenceError('conflict', 'This agreement has no cancellation to withdraw.');
        return detail(ctx, save(ctx, { ...agreement, cancellation: null }));
      }),
  }),

  'agreements.pause': handler({
    input: z.strictObject({ id, from: calendarDate, to: calendarDate }),
    reads: ['settings', 'clients', 'agreements'],
    writes: ['agreements'],
    run: (ctx, { id: agreementId, from, to }) =>
      ctx.store.sql.transaction(() => {
        const agreement = requireAgreement(ctx, agreementId);
        requireStatus(agreement, ['draft', 'sent', 'active'], 'paused');
        if (to < from) throw new CadenceError('invalid_input', 'to: must not be before from', { to: 'must not be before from' });
        if (agreement.pauses.some((p) => p.from <= to && from <= p.to)) {
          throw new CadenceError('conflict', 'This pause overlaps another one.', { from: 'overlaps another pause' });
        }
        const pauses = [...agreement.pauses, { from, to }].sort((a, b) => a.from.localeCompare(b.from));
        return detail(ctx, save(ctx, { ...agreement, pauses }));
      }),
  }),

  'agreements.removePause': handler({
    input: z.strictObject({ id, from: calendarDate }),
    reads: ['settings', 'clients', 'agreements'],
    writes: ['agreements'],
    run: (ctx, { id: agreementId, from }) =>
      ctx.store.sql.transaction(() => {
        const agreement = requireAgreement(ctx, agreementId);
        const pauses = agreement.pauses.filter((p) => p.from !== from);
        if (pauses.length === agreement.pauses.length)
          throw new CadenceError('not_found', 'No pause starts on that date.', { from: 'no pause starts here' });
        return detail(ctx, save(ctx, { ...agreement, pauses }));
      }),
  }),

  'agreements.end': handler({
    input: byId,
    reads: ['settings', 'clients', 'agreements'],
    writes: ['agreements'],
    run: (ctx, { id: agreementId }) =>
      ctx.store.sql.transaction(() => {
        const agreement = requireAgreement(ctx, agreementId);
        requireStatus(agreement, ['active'], 'ended');
        return detail(ctx, save(ctx, { ...agreement, status: agreement.cancellation ? 'cancelled' : 'ended' }));
      }),
  }),

  'agreements.delete': handler({
    input: byId,
    reads: ['agreements'],
    writes: ['agreements'],
    run: (ctx, { id: agreementId }) =>
      ctx.store.sql.transaction(() => {
        const agreement = requireAgreement(ctx, agreementId);
        requireStatus(agreement, ['draft'], 'deleted (only drafts can be)');
        ctx.store.sql.run(qb.deleteFrom('agreements').where('id', '=', agreementId));
        return { id: agreementId, deleted: true as const };
      }),
  }),

  'agreements.pdf': handler({
    input: z.strictObject({ id, version: z.number().int('must be a whole number').min(1, 'must be 1 or later').optional() }),
    reads: ['settings', 'clients', 'agreements'],
    writes: [],
    run: async (ctx, { id: agreementId, version }) => {
      const agreement = requireAgreement(ctx, agreementId);
      const document = agreementDocument(ctx, agreement, version);
      const versions = readVersions(ctx.store.sql, agreementId);
      const stamp = version !== undefined ? versions.find((v) => v.version === version)?.createdAt : versions.at(-1)?.createdAt;
      // pdfkit is loaded on first use so starting the app or the CLI stays quick.
      const { renderAgreementPdf } = await import('../documents/pdf.ts');
      const bytes = await renderAgreementPdf(document, new Date(stamp ?? `${agreement.startDate}T00:00:00Z`));
      const client = requireClient(ctx, agreement.clientId);
      const safe = (text: string) =>
        text
          .normalize('NFKD')
          .replace(/[^\w.-]+/g, '-')
          .replace(/^-+|-+$/g, '');
      const suffix = document.acceptance ? `v${document.acceptance.version}` : 'draft';
      return { fileName: `${safe(client.name)}-${safe(agreement.title)}-${suffix}.pdf`, contentBase64: bytes.toString('base64') };
    },
  }),
};

/** Unknown or empty merge fields block sending, signing and amending; each is named by its clause. */
function requireNoProblems(problems: AgreementDocument['problems'], action: string): void {
  if (problems.length === 0) return;
  const fields = Object.fromEntries(problems.map((p) => [`clauses.${p.clauseId}`, p.message]));
  throw new CadenceError(
    'invalid_input',
    `Fix the merge fields before ${action}: ${problems[0]!.message} (in "${problems[0]!.clauseTitle}").`,
    fields,
  );
}

function agreementDocumentOf(ctx: Context, body: VersionBody) {
  return documentFor(ctx, body, null);
}

function findTemplate(ctx: Context, templateId: string, kind: Agreement['kind']) {
  const template = [...builtInTemplates(), ...listSavedTemplates(ctx.store.sql)].find((t) => t.id === templateId);
  if (!template) throw new CadenceError('not_found', 'That template does not exist.', { templateId: 'no such template' });
  if (template.kind !== kind)
    throw new CadenceError('invalid_input', `templateId: is a ${template.kind} template`, { templateId: `is a ${template.kind} template` });
  return template;
}
