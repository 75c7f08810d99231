// The database as kysely sees it. Columns are snake_case; the store files map rows to the
// camelCase records of the API. Money is integer minor units, calendar dates YYYY-MM-DD
// text, instants UTC ISO text, booleans 0/1.
export interface SettingsTable {
  id: number;
  business_name: string;
  business_address: string;
  currency: string;
  time_zone: string;
  late_cancel_hours: number;
  payment_terms_days: number;
  annual_retention: number;
  win_probability: number;
  paper_size: 'A4' | 'Letter';
  logo_data_url: string | null;
  onboarded: number;
  updated_at: string;
  locale: string;
  /** JSON: ISO weekday → [[from, to], …] in HH:mm. */
  working_hours: string;
  backup_folder: string | null;
  call_reminders: number;
  call_reminder_minutes: number;
  backup_keep_recent: number;
  backup_keep_daily: number;
  backup_keep_weekly: number;
}

export interface ClientsTable {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  time_zone: string;
  status: 'prospect' | 'active' | 'archived';
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface AgreementsTable {
  id: string;
  client_id: string;
  kind: 'work' | 'access' | 'value' | 'project';
  status: 'draft' | 'sent' | 'active' | 'ended' | 'cancelled';
  title: string;
  currency: string;
  start_date: string;
  term_months: number | null;
  auto_renew: number;
  notice_days: number;
  period_months: number;
  fee_minor: number;
  included_minutes: number | null;
  rollover_cap_minutes: number | null;
  overage_rate_minor_per_hour: number | null;
  overage_increment_minutes: number | null;
  fair_use_minutes: number | null;
  hourly_rate_minor: number | null;
  agreed_value_minor: number | null;
  renewal_probability: number | null;
  sent_at: string | null;
  signed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgreementSlotsTable {
  agreement_id: string;
  weekday: number;
  time: string;
  time_zone: string;
  duration_minutes: number;
  interval_weeks: number;
}

export interface AgreementPausesTable {
  agreement_id: string;
  position: number;
  from_date: string;
  to_date: string;
}

export interface AgreementInstallmentsTable {
  agreement_id: string;
  position: number;
  due_date: string;
  amount_minor: number;
}

export interface AgreementCancellationsTable {
  agreement_id: string;
  notice_given_on: string;
  effective_date: string;
}

export interface AgreementVersionsTable {
  agreement_id: string;
  version: number;
  effective_date: string;
  body: string;
  content_hash: string;
  signed_by: string | null;
  signed_at: string | null;
  signed_method: 'paper' | 'typed' | null;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  client_id: string;
  agreement_id: string | null;
  start: string;
  planned_minutes: number;
  actual_minutes: number | null;
  status: 'scheduled' | 'completed' | 'cancelled' | 'no_show';
  kind: 'session' | 'check_in' | 'extended';
  occurrence_start: string | null;
  cancelled_at: string | null;
  cancelled_by: 'client' | 'coach' | null;
  notes: string;
}

export interface WorkLogsTable {
  id: string;
  agreement_id: string;
  date: string;
  minutes: number;
  description: string;
}

export interface InvoicesTable {
  id: string;
  number: string;
  client_id: string;
  currency: string;
  issue_date: string;
  due_date: string;
  /** As the coach set it; `paid` is derived from the payments. */
  status: 'draft' | 'issued' | 'void';
}

export interface InvoiceLinesTable {
  invoice_id: string;
  position: number;
  kind: 'fee' | 'overage' | 'installment' | 'project';
  description: string;
  amount_minor: number;
  agreement_id: string | null;
  period_start: string | null;
  minutes: number | null;
}

export interface PaymentsTable {
  id: string;
  invoice_id: string;
  date: string;
  amount_minor: number;
  method: 'bank_transfer' | 'card' | 'cash' | 'cheque' | 'other';
}

export interface InvoiceNumberCountersTable {
  year: number;
  last_number: number;
}

export interface AgreementDocumentsTable {
  agreement_id: string;
  template_id: string | null;
  /** JSON: [{ id, title, body }] */
  clauses: string;
  updated_at: string;
}

export interface DocumentTemplatesTable {
  id: string;
  kind: 'work' | 'access' | 'value' | 'project';
  name: string;
  clauses: string;
  created_at: string;
}

export interface ClauseLibraryTable {
  id: string;
  title: string;
  body: string;
  created_at: string;
}

export interface ValueConversationsTable {
  client_id: string;
  objectives: string;
  measures: string;
  currency: string;
  value_low_minor: number | null;
  value_high_minor: number | null;
  updated_at: string;
}

export interface MigrationsTable {
  name: string;
  applied_at: string;
}

export interface Database {
  settings: SettingsTable;
  clients: ClientsTable;
  agreements: AgreementsTable;
  agreement_slots: AgreementSlotsTable;
  agreement_pauses: AgreementPausesTable;
  agreement_installments: AgreementInstallmentsTable;
  agreement_cancellations: AgreementCancellationsTable;
  agreement_versions: AgreementVersionsTable;
  sessions: SessionsTable;
  work_logs: WorkLogsTable;
  invoices: InvoicesTable;
  invoice_lines: InvoiceLinesTable;
  payments: PaymentsTable;
  invoice_number_counters: InvoiceNumberCountersTable;
  agreement_documents: AgreementDocumentsTable;
  document_templates: DocumentTemplatesTable;
  clause_library: ClauseLibraryTable;
  value_conversations: ValueConversationsTable;
  cadence_migrations: MigrationsTable;
}
