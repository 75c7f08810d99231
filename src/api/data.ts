import { z } from 'zod';
import { dateInZone } from '../domain/dates.ts';
import { calendarDate } from '../domain/fields.ts';
import { instantText, timestampText } from '../domain/instants.ts';
import { nextMidnight } from '../domain/reminders.ts';
import { getSettings } from '../store/settings.ts';
import { countRecords, isEmptyWorkspace, readWorkspace, type WorkspaceCounts, writeWorkspace } from '../store/workspace.ts';
import { CadenceError, type Context, handler, TABLES } from './contract.ts';
import { parseWorkspaceFile, type WorkspaceFile, workspaceFile } from './workspace-file.ts';

function importInto(ctx: Context, file: WorkspaceFile): WorkspaceCounts {
  const sql = ctx.store.sql;
  return sql.transaction(() => {
    // Checked inside the transaction, so nothing can be written in between.
    if (!isEmptyWorkspace(sql)) {
      throw new CadenceError('conflict', 'A workspace file can only be imported into an empty workspace. Start a new workspace first.');
    }
    writeWorkspace(sql, file, timestampText(ctx.now()));
    return countRecords(sql);
  });
}

export function importWorkspace(ctx: Context, raw: unknown): WorkspaceCounts {
  const parsed = parseWorkspaceFile(raw);
  if (!parsed.ok) {
    const entries = Object.entries(parsed.errors);
    const [path, message] = entries[0]!;
    const more = entries.length > 1 ? ` (and ${entries.length - 1} more problem${entries.length === 2 ? '' : 's'})` : '';
    throw new CadenceError('invalid_input', `Nothing was imported. ${path}: ${message}${more}`, parsed.errors);
  }
  return importInto(ctx, parsed.file);
}

export const dataHandlers = {
  'data.status': handler({
    input: z.strictObject({}),
    reads: TABLES,
    writes: [],
    run: (ctx) => {
      const settings = getSettings(ctx.store.sql);
      const counts = countRecords(ctx.store.sql);
      return {
        onboarded: settings.onboarded,
        empty: Object.values(counts).every((n) => n === 0),
        counts,
        readOnlyReason: ctx.store.readOnlyReason,
        // Names only: paths stay in the host.
        recovery: ctx.store.recovery
          ? {
              problem: ctx.store.recovery.problem,
              damagedFile: ctx.store.recovery.damagedFile.split(/[\\/]/).pop()!,
              newestGoodBackup: ctx.store.recovery.newestGoodBackup,
            }
          : null,
        today: dateInZone(ctx.now(), settings.timeZone),
        // When `today` stops being true: every screen reads again then (renderer/stores/status.ts).
        todayEndsAt: instantText(nextMidnight(ctx.now(), settings.timeZone)),
      };
    },
  }),

  'data.export': handler({
    long: 'An export',
    input: z.strictObject({}),
    reads: TABLES,
    writes: [],
    run: (ctx) => workspaceFile(readWorkspace(ctx.store.sql), timestampText(ctx.now())),
  }),

  'data.import': handler({
    long: 'An import',
    // The file is checked by its own schema so every error carries its JSON path.
    input: z.strictObject({ file: z.unknown() }),
    reads: TABLES,
    writes: TABLES,
    run: (ctx, { file }) => importWorkspace(ctx, file),
  }),

  'data.demo': handler({
    long: 'Creating the demo',
    input: z.strictObject({ today: calendarDate.optional() }),
    reads: TABLES,
    writes: TABLES,
    run: async (ctx, { today }) => {
      // Loaded on demand: the generator is only needed once, on first run.
      const { generateDemoWorkspace } = await import('../demo/generate.ts');
      const date = today ?? dateInZone(ctx.now(), getSettings(ctx.store.sql).timeZone);
      return importInto(ctx, generateDemoWorkspace({ today: date }));
    },
  }),
};
