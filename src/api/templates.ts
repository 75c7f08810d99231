import { z } from 'zod';
import { builtInTemplates } from '../documents/templates.ts';
import { requiredText } from '../domain/fields.ts';
import { timestampText } from '../domain/instants.ts';
import { AGREEMENT_KINDS } from '../domain/model.ts';
import { insertSavedTemplate, listSavedTemplates } from '../store/documents.ts';
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
};
