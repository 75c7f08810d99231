// How Cadence's import fields read in the mapping (the core lists the fields; these are
// their labels and which ones it needs), and how its row errors read.
export type ImportTable = 'clients' | 'sessions';

const LABELS: Record<ImportTable, Record<string, string>> = {
  clients: { name: 'Name', email: 'Email', phone: 'Phone', company: 'Company', timeZone: 'Time zone', notes: 'Notes' },
  sessions: { client: 'Client (name or email)', start: 'Start', minutes: 'Minutes', kind: 'Kind', notes: 'Notes' },
};

/** The fields the core refuses to import without (it says so too, as `mapping.<field>`). */
const REQUIRED: Record<ImportTable, readonly string[]> = {
  clients: ['name'],
  sessions: ['client', 'start', 'minutes'],
};

export function fieldLabel(table: ImportTable, field: string): string {
  return LABELS[table][field] ?? field;
}

export function isRequired(table: ImportTable, field: string): boolean {
  return REQUIRED[table].includes(field);
}

export interface RowProblem {
  key: string;
  text: string;
}

/** The core keys row errors "row 3, Email"; they read "Row 3, column “Email”: must be …". */
export function rowProblem(key: string, message: string): RowProblem {
  const match = /^row (\d+), (.*)$/.exec(key);
  return { key, text: match ? `Row ${match[1]}, column “${match[2]}”: ${message}` : `${key}: ${message}` };
}
