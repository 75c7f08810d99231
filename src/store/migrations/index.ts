// Forward-only migrations, one change per file, in the order they run. Never edit or
// reorder a migration that has shipped: add a new file.
import type { Compilable } from 'kysely';
import m01 from './2026-11-28-01-create-settings.ts';
import m02 from './2026-11-28-02-create-clients.ts';
import m03 from './2026-11-28-03-create-agreements.ts';
import m04 from './2026-11-28-04-create-agreement-slots.ts';
import m05 from './2026-11-28-05-create-agreement-pauses.ts';
import m06 from './2026-11-28-06-create-agreement-installments.ts';
import m07 from './2026-11-28-07-create-agreement-cancellations.ts';
import m08 from './2026-11-28-08-create-agreement-versions.ts';
import m09 from './2026-11-28-09-create-sessions.ts';
import m10 from './2026-11-28-10-create-work-logs.ts';
import m11 from './2026-11-28-11-create-invoices.ts';
import m12 from './2026-11-28-12-create-invoice-lines.ts';
import m13 from './2026-11-28-13-create-payments.ts';
import m14 from './2026-11-28-14-create-invoice-number-counters.ts';
import m15 from './2026-11-28-15-create-agreement-documents.ts';
import m16 from './2026-11-28-16-create-document-templates.ts';
import m17 from './2026-11-28-17-create-clause-library.ts';
import m18 from './2026-11-28-18-add-settings-locale.ts';
import m19 from './2026-11-28-19-create-notes-search.ts';
import m20 from './2026-11-28-20-add-settings-working-hours.ts';
import m21 from './2026-11-28-21-index-sessions-occurrence.ts';
import m22 from './2026-11-28-22-create-value-conversations.ts';
import m23 from './2026-11-28-23-add-settings-backup-folder.ts';
import m24 from './2026-11-28-24-index-sessions-client-status.ts';
import m25 from './2026-11-28-25-add-settings-call-reminders.ts';
import m26 from './2026-11-28-26-index-invoice-lines-amount.ts';
import m27 from './2026-11-28-27-index-payments-amount.ts';
import m28 from './2026-11-28-28-add-settings-backup-retention.ts';
import m29 from './2026-11-28-29-drop-index-sessions-client-start.ts';

export interface Migration {
  name: string;
  up: () => Compilable<unknown>[];
}

export const migrations: Migration[] = [
  m01,
  m02,
  m03,
  m04,
  m05,
  m06,
  m07,
  m08,
  m09,
  m10,
  m11,
  m12,
  m13,
  m14,
  m15,
  m16,
  m17,
  m18,
  m19,
  m20,
  m21,
  m22,
  m23,
  m24,
  m25,
  m26,
  m27,
  m28,
  m29,
];
