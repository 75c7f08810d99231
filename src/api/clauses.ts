// The clause library: the built-in clauses and those the coach saved.
import { z } from 'zod';
import { builtInClauses } from '../documents/templates.ts';
import { requiredText } from '../domain/fields.ts';
import { timestampText } from '../domain/instants.ts';
import { insertSavedClause, listSavedClauses } from '../store/documents.ts';
import { handler } from './contract.ts';
import { newId } from './ids.ts';

export const clauseHandlers = {
  'clauses.library': handler({
    input: z.strictObject({}),
    reads: ['agreements'],
    writes: [],
    run: (ctx) => [
      ...builtInClauses().map((c) => ({ ...c, builtIn: true })),
      ...listSavedClauses(ctx.store.sql).map((c) => ({ ...c, builtIn: false })),
    ],
  }),

  'clauses.save': handler({
    input: z.strictObject({ title: requiredText(200), body: z.string().trim().min(1, 'is required').max(20_000) }),
    reads: [],
    writes: ['agreements'],
    run: (ctx, input) =>
      ctx.store.sql.transaction(() => {
        const clause = { id: newId(), ...input };
        insertSavedClause(ctx.store.sql, clause, timestampText(ctx.now()));
        return { ...clause, builtIn: false };
      }),
  }),
};
