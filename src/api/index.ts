// The registry: every handler of every domain, under its `noun.verb` name (given once).
// The renderer imports this module's types only (`import type { Api } from …`).

import { agreementHandlers } from './agreements.ts';
import { backupHandlers } from './backups.ts';
import { calendarHandlers } from './calendar.ts';
import { clauseHandlers } from './clauses.ts';
import { clientHandlers } from './clients.ts';
import { buildRegistry } from './contract.ts';
import { csvHandlers } from './csv.ts';
import { dataHandlers } from './data.ts';
import { invoiceHandlers } from './invoices.ts';
import { mergeFieldHandlers } from './merge-fields.ts';
import { noteHandlers } from './notes.ts';
import { paymentHandlers } from './payments.ts';
import { pricingHandlers } from './pricing.ts';
import { revenueHandlers } from './revenue.ts';
import { sessionHandlers } from './sessions.ts';
import { settingsHandlers } from './settings.ts';
import { templateHandlers } from './templates.ts';
import { todayHandlers } from './today.ts';
import { usageHandlers } from './usage.ts';
import { workLogHandlers } from './work-logs.ts';

export const registry = buildRegistry(
  settingsHandlers,
  clientHandlers,
  dataHandlers,
  agreementHandlers,
  templateHandlers,
  clauseHandlers,
  mergeFieldHandlers,
  todayHandlers,
  usageHandlers,
  revenueHandlers,
  calendarHandlers,
  sessionHandlers,
  workLogHandlers,
  noteHandlers,
  invoiceHandlers,
  paymentHandlers,
  pricingHandlers,
  backupHandlers,
  csvHandlers,
);

export type Registry = typeof registry;
export type ApiName = keyof Registry;
export type ApiInput<N extends ApiName> = import('zod').input<Registry[N]['input']>;
export type ApiOutput<N extends ApiName> = Awaited<ReturnType<Registry[N]['run']>>;
export type { ApiError, ChangeEvent, ErrorCode, Result, Table } from './contract.ts';
