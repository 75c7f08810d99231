// The merge fields a clause may use ({{client.name}}, {{fee}}…).
import { z } from 'zod';
import { mergeFieldList } from '../documents/merge-fields.ts';
import { handler } from './contract.ts';

export const mergeFieldHandlers = {
  'mergeFields.list': handler({
    input: z.strictObject({}),
    reads: [],
    writes: [],
    run: () => mergeFieldList(),
  }),
};
