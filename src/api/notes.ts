// Searching the notes of sessions and clients.
import { z } from 'zod';
import { searchNotes } from '../store/notes.ts';
import { qb } from '../store/sql.ts';
import { clientNamesOf } from './clients.ts';
import { type Context, handler } from './contract.ts';

export const noteHandlers = {
  'notes.search': handler({
    input: z.strictObject({
      query: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    reads: ['clients', 'sessions'],
    writes: [],
    run: (ctx, { query, limit }) => findNotes(ctx, query, limit ?? 50),
  }),
};

function findNotes(ctx: Context, query: string, limit: number) {
  const rows = searchNotes(ctx.store.sql, query, limit);
  if (rows.length === 0) return [];
  const clientNames = clientNamesOf(ctx);
  const sessionIds = rows.filter((r) => r.ownerType === 'session').map((r) => r.ownerId);
  const sessionStarts = new Map(
    sessionIds.length
      ? ctx.store.sql.all(qb.selectFrom('sessions').select(['id', 'start']).where('id', 'in', sessionIds)).map((s) => [s.id, s.start])
      : [],
  );
  // The snippet marks matches with control characters; the UI turns them into <mark> as text nodes.
  return rows.map((r) => ({
    ...r,
    clientName: clientNames.get(r.clientId)?.name ?? '',
    sessionStart: r.ownerType === 'session' ? (sessionStarts.get(r.ownerId) ?? null) : null,
    parts: r.snippet
      // biome-ignore lint/suspicious/noControlCharactersInRegex: \u0002 and \u0003 are the marks searchNotes puts around a match.
      .split(/(\u0002[^\u0003]*\u0003)/)
      .filter(Boolean)
      .map((part) => (part.startsWith('\u0002') ? { text: part.slice(1, -1), match: true } : { text: part, match: false })),
  }));
}
