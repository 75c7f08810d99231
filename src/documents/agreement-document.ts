// The one document model of an agreement: the live preview and the PDF are both drawn from
// it, so what the coach sees is what the client signs.

import { AGREEMENT_KIND_TITLES } from '../domain/agreement-defaults.ts';
import { formatDate, formatInstant, formatMinutes, formatMoney, weekdayName } from '../domain/format.ts';
import { type Block, type Inline, parseInline, parseMarkdown } from './markdown.ts';
import { type MergeContext, resolveField } from './merge-fields.ts';

export interface Clause {
  id: string;
  title: string;
  body: string;
}

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Set when the run stands for a merge field that could not be filled. */
  error?: string;
}

export type DocBlock =
  | { type: 'heading'; level: 1 | 2 | 3; runs: Run[] }
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; ordered: boolean; items: Run[][] };

export interface Acceptance {
  signedBy: string;
  signedAt: string;
  method: 'paper' | 'typed';
  version: number;
  contentHash: string;
  effectiveDate: string;
}

export interface AgreementDocument {
  title: string;
  subtitle: string;
  business: { name: string; address: string; logoDataUrl: string | null };
  client: { name: string; company: string | null };
  terms: { label: string; value: string }[];
  clauses: { id: string; title: string; blocks: DocBlock[] }[];
  signatures: { role: string; name: string }[];
  acceptance: Acceptance | null;
  paperSize: 'A4' | 'Letter';
  problems: { clauseId: string; clauseTitle: string; message: string }[];
}

export interface DocumentInput extends MergeContext {
  clauses: Clause[];
  logoDataUrl: string | null;
  paperSize: 'A4' | 'Letter';
  timeZone: string;
  acceptance: Acceptance | null;
  /** Shown after the kind when there is no acceptance record ("draft", "sent for signature"…). */
  statusLabel?: string;
}

function termsTable(input: DocumentInput): { label: string; value: string }[] {
  const a = input.agreement;
  const money = (minor: number) => formatMoney(minor, a.currency, input.locale);
  const per = a.periodMonths === 3 ? 'quarter' : 'month';
  const rows: { label: string; value: string }[] = [];
  if (a.kind === 'work' || a.kind === 'access') rows.push({ label: 'Fee', value: `${money(a.feeMinor)} per ${per}, in advance` });
  if (a.kind === 'value') rows.push({ label: 'Fee', value: `${money(a.feeMinor)}, fixed` });
  if (a.kind === 'project' && a.hourlyRateMinor !== null)
    rows.push({ label: 'Hourly rate', value: `${money(a.hourlyRateMinor)}, billed monthly in arrears` });
  if (a.kind === 'work' || a.kind === 'access')
    rows.push({ label: 'Billing period', value: a.periodMonths === 3 ? 'Quarterly' : 'Monthly' });
  if (a.kind === 'work' && a.includedMinutes !== null) {
    rows.push({ label: 'Included time', value: `${formatMinutes(a.includedMinutes)} per ${per}` });
    if (a.rolloverCapMinutes) rows.push({ label: 'Rollover', value: `up to ${formatMinutes(a.rolloverCapMinutes)}, one period` });
    if (a.overageRateMinorPerHour !== null) {
      rows.push({
        label: 'Additional time',
        value: `${money(a.overageRateMinorPerHour)} per hour, in steps of ${formatMinutes(a.overageIncrementMinutes ?? 15)}`,
      });
    }
  }
  if (a.kind === 'access' && a.fairUseMinutes) rows.push({ label: 'Fair use', value: `${formatMinutes(a.fairUseMinutes)} per ${per}` });
  if (a.kind === 'value') {
    for (const [index, installment] of a.installments.entries()) {
      rows.push({
        label: `Installment ${index + 1}`,
        value: `${money(installment.amountMinor)} due ${formatDate(installment.dueDate, input.locale)}`,
      });
    }
  }
  if (a.slot) {
    const every = a.slot.intervalWeeks === 2 ? 'Every other' : 'Every';
    rows.push({
      label: 'Regular call',
      value: `${every} ${weekdayName(a.slot.weekday, input.locale)} at ${a.slot.time} (${a.slot.timeZone}), ${formatMinutes(a.slot.durationMinutes)}`,
    });
  }
  rows.push({ label: 'Start', value: formatDate(a.startDate, input.locale) });
  rows.push({
    label: 'Term',
    value: a.termMonths === null ? 'Open-ended' : `${a.termMonths} months${a.autoRenew ? ', renews automatically' : ''}`,
  });
  rows.push({ label: 'Notice', value: `${a.noticeDays} days` });
  return rows;
}

function resolveRuns(inlines: Inline[], input: DocumentInput, problems: string[]): Run[] {
  return inlines.map((inline) => {
    if (inline.type === 'text') return { text: inline.text, bold: inline.bold, italic: inline.italic };
    const result = resolveField(inline.name, input);
    if (result.ok) return { text: result.text, bold: inline.bold, italic: inline.italic };
    problems.push(result.message);
    return { text: `{{${inline.name}}}`, bold: inline.bold, italic: inline.italic, error: result.message };
  });
}

function resolveBlock(block: Block, input: DocumentInput, problems: string[]): DocBlock {
  if (block.type === 'list') {
    return { type: 'list', ordered: block.ordered, items: block.items.map((item) => resolveRuns(item, input, problems)) };
  }
  return { ...block, runs: resolveRuns(block.inlines, input, problems) } as DocBlock;
}

export function buildAgreementDocument(input: DocumentInput): AgreementDocument {
  const problems: AgreementDocument['problems'] = [];
  const clauses = input.clauses.map((clause) => {
    const found: string[] = [];
    const blocks = parseMarkdown(clause.body).map((block) => resolveBlock(block, input, found));
    const titleProblems: string[] = [];
    const title = resolveRuns(parseInline(clause.title), input, titleProblems)
      .map((run) => run.text)
      .join('');
    for (const message of [...new Set([...titleProblems, ...found])])
      problems.push({ clauseId: clause.id, clauseTitle: clause.title, message });
    return { id: clause.id, title: title || clause.title, blocks };
  });
  const acceptance = input.acceptance;
  const subtitle = [
    AGREEMENT_KIND_TITLES[input.agreement.kind],
    acceptance ? `version ${acceptance.version}` : (input.statusLabel ?? 'draft'),
    acceptance ? `signed ${formatInstant(acceptance.signedAt, input.locale, input.timeZone)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    title: input.agreement.title,
    subtitle,
    business: { name: input.business.name, address: input.business.address, logoDataUrl: input.logoDataUrl },
    client: { name: input.client.name, company: input.client.company },
    terms: termsTable(input),
    clauses,
    signatures: [
      { role: 'For the Coach', name: input.business.name || 'The Coach' },
      { role: 'For the Client', name: input.client.name },
    ],
    acceptance,
    paperSize: input.paperSize,
    problems,
  };
}
