import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

// The coach's own templates; the built-in ones ship in assets/templates.
export default {
  name: '2026-11-28-16-create-document-templates',
  up: () => [
    qb.schema
      .createTable('document_templates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('work', 'access', 'value', 'project')`))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('clauses', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ],
};
