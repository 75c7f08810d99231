import { migrationQb as qb } from '../sql.ts';

// The clauses of an agreement being drafted (JSON [{id, title, body}]); signed versions
// freeze their own copy in agreement_versions.
export default {
  name: '2026-11-28-15-create-agreement-documents',
  up: () => [
    qb.schema
      .createTable('agreement_documents')
      .addColumn('agreement_id', 'text', (c) => c.primaryKey().references('agreements.id').onDelete('cascade'))
      .addColumn('template_id', 'text')
      .addColumn('clauses', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull()),
  ],
};
