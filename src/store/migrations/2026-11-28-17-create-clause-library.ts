import { migrationQb as qb } from '../sql.ts';

// The coach's own clauses, offered beside the built-in library in the editor.
export default {
  name: '2026-11-28-17-create-clause-library',
  up: () => [
    qb.schema
      .createTable('clause_library')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ],
};
