import type { RetentionPolicy } from '../domain/retention.ts';
import type { SettingsTable } from './schema.ts';
import { qb, type Sql } from './sql.ts';

export interface Settings {
  businessName: string;
  businessAddress: string;
  currency: string;
  timeZone: string;
  lateCancelHours: number;
  paymentTermsDays: number;
  annualRetention: number;
  winProbability: number;
  paperSize: 'A4' | 'Letter';
  /** A PNG or JPEG as a data URL, printed in document headers. */
  logoDataUrl: string | null;
  /** The first-run choice (empty workspace or demo) has been made. */
  onboarded: boolean;
  /** BCP 47 locale for documents (money, dates, weekday names). */
  locale: string;
  /** Working hours per ISO weekday (1 = Monday): ranges of HH:mm. */
  workingHours: WorkingHours;
  /** Where backups go; null for backups/ beside the database. */
  backupFolder: string | null;
  /** The desktop app notifies shortly before each call. */
  callReminders: boolean;
  /** How long before a call its notification comes. */
  callReminderMinutes: number;
  /** How many backups are kept (see src/domain/retention.ts). */
  backupRetention: RetentionPolicy;
}

export type WorkingHours = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', [string, string][]>>;

function toSettings(row: SettingsTable): Settings {
  return {
    businessName: row.business_name,
    businessAddress: row.business_address,
    currency: row.currency,
    timeZone: row.time_zone,
    lateCancelHours: row.late_cancel_hours,
    paymentTermsDays: row.payment_terms_days,
    annualRetention: row.annual_retention,
    winProbability: row.win_probability,
    paperSize: row.paper_size,
    logoDataUrl: row.logo_data_url,
    onboarded: row.onboarded === 1,
    locale: row.locale,
    workingHours: JSON.parse(row.working_hours) as WorkingHours,
    backupFolder: row.backup_folder,
    callReminders: row.call_reminders === 1,
    callReminderMinutes: row.call_reminder_minutes,
    backupRetention: { recent: row.backup_keep_recent, daily: row.backup_keep_daily, weekly: row.backup_keep_weekly },
  };
}

export function getSettings(sql: Sql): Settings {
  const row = sql.first(qb.selectFrom('settings').selectAll().where('id', '=', 1));
  if (!row) throw new Error('The settings row is missing; the database was not migrated.');
  return toSettings(row);
}

export function updateSettings(sql: Sql, patch: Partial<Settings>, nowIso: string): Settings {
  writeSettings(sql, patch, nowIso);
  return getSettings(sql);
}

/** Writes only the columns of the fields given (an import into an older schema has no others). */
export function writeSettings(sql: Sql, patch: Partial<Settings>, nowIso: string): void {
  const values: Partial<SettingsTable> = { updated_at: nowIso };
  if (patch.businessName !== undefined) values.business_name = patch.businessName;
  if (patch.businessAddress !== undefined) values.business_address = patch.businessAddress;
  if (patch.currency !== undefined) values.currency = patch.currency;
  if (patch.timeZone !== undefined) values.time_zone = patch.timeZone;
  if (patch.lateCancelHours !== undefined) values.late_cancel_hours = patch.lateCancelHours;
  if (patch.paymentTermsDays !== undefined) values.payment_terms_days = patch.paymentTermsDays;
  if (patch.annualRetention !== undefined) values.annual_retention = patch.annualRetention;
  if (patch.winProbability !== undefined) values.win_probability = patch.winProbability;
  if (patch.paperSize !== undefined) values.paper_size = patch.paperSize;
  if (patch.logoDataUrl !== undefined) values.logo_data_url = patch.logoDataUrl;
  if (patch.onboarded !== undefined) values.onboarded = patch.onboarded ? 1 : 0;
  if (patch.locale !== undefined) values.locale = patch.locale;
  if (patch.workingHours !== undefined) values.working_hours = JSON.stringify(patch.workingHours);
  if (patch.backupFolder !== undefined) values.backup_folder = patch.backupFolder;
  if (patch.callReminders !== undefined) values.call_reminders = patch.callReminders ? 1 : 0;
  if (patch.callReminderMinutes !== undefined) values.call_reminder_minutes = patch.callReminderMinutes;
  if (patch.backupRetention !== undefined) {
    values.backup_keep_recent = patch.backupRetention.recent;
    values.backup_keep_daily = patch.backupRetention.daily;
    values.backup_keep_weekly = patch.backupRetention.weekly;
  }
  sql.run(qb.updateTable('settings').set(values).where('id', '=', 1));
}
