import { z } from 'zod';
import { mergeFieldList } from '../documents/merge-fields.ts';
import { builtInClauses, builtInTemplates } from '../documents/templates.ts';
import { requiredText } from '../domain/fields.ts';
import { timestampText } from '../domain/instants.ts';
import { AGREEMENT_KINDS } from '../domain/model.ts';
import { insertSavedClause, insertSavedTemplate, listSavedClauses, listSavedTemplates } from '../store/documents.ts';
import { clauseSchema } from './agreement-rules.ts';
import { handler } from './contract.ts';
import { newId } from './ids.ts';

export const templateHandlers = {
  'templates.list': handler({
    input: z.strictObject({ kind: z.enum(AGREEMENT_KINDS).optional() }),
    reads: ['agreements'],
    writes: [],
    run: (ctx, { kind }) =>
      [...builtInTemplates(), ...listSavedTemplates(ctx.store.sql).map((t) => ({ ...t, builtIn: false }))].filter(
        (t) => !kind || t.kind === kind,
      ),
  }),

  'templates.save': handler({
    input: z.strictObject({
      name: requiredText(120),
      kind: z.enum(AGREEMENT_KINDS),
      clauses: z.array(clauseSchema).min(1, 'must have a clause').max(60),
    }),
    reads: [],
    writes: ['agreements'],
    run: (ctx, input) =>
      ctx.store.sql.transaction(() => {
        const template = { id: newId(), ...input };
        insertSavedTemplate(ctx.store.sql, template, timestampText(ctx.now()));
        return { ...template, builtIn: false };
      }),
  }),

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

  'mergeFields.list': handler({
    input: z.strictObject({}),
    reads: [],
    writes: [],
    run: () => mergeFieldList(),
  }),
};
