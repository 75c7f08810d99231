import { sql } from 'kysely';
import { migrationQb as qb } from '../sql.ts';

// A signed agreement's text is frozen here; an amendment is the next version.
export default {
  name: '2026-11-28-08-create-agreement-versions',
  up: () => [
    qb.schema
      .createTable('agreement_versions')
      .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
      .addColumn('effective_date', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('signed_by', 'text')
      .addColumn('signed_at', 'text')
      .addColumn('signed_method', 'text', (c) => c.check(sql`signed_method is null or signed_method in ('paper', 'typed')`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('agreement_versions_pk', ['agreement_id', 'version']),
  ],
};
