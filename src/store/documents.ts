// Agreement texts: the draft's clauses, frozen versions, and the coach's own templates and
// clauses.

import type { Clause } from '../documents/agreement-document.ts';
import type { Agreement } from './agreements.ts';
import { qb, type Sql } from './sql.ts';

export interface DraftDocument {
  templateId: string | null;
  clauses: Clause[];
}

export interface VersionBody {
  terms: Agreement;
  clauses: Clause[];
  client: { name: string; company: string | null; email: string | null };
}

export interface AgreementVersion {
  version: number;
  effectiveDate: string;
  body: VersionBody;
  contentHash: string;
  signedBy: string | null;
  signedAt: string | null;
  signedMethod: 'paper' | 'typed' | null;
  createdAt: string;
}

export function readDraftDocument(sql: Sql, agreementId: string): DraftDocument | undefined {
  const row = sql.first(qb.selectFrom('agreement_documents').selectAll().where('agreement_id', '=', agreementId));
  return row ? { templateId: row.template_id, clauses: JSON.parse(row.clauses) as Clause[] } : undefined;
}

export function writeDraftDocument(sql: Sql, agreementId: string, document: DraftDocument, nowIso: string): void {
  const values = { template_id: document.templateId, clauses: JSON.stringify(document.clauses), updated_at: nowIso };
  sql.run(
    qb
      .insertInto('agreement_documents')
      .values({ agreement_id: agreementId, ...values })
      .onConflict((oc) => oc.column('agreement_id').doUpdateSet(values)),
  );
}

export function readVersions(sql: Sql, agreementId: string): AgreementVersion[] {
  return sql.all(qb.selectFrom('agreement_versions').selectAll().where('agreement_id', '=', agreementId).orderBy('version')).map((row) => ({
    version: row.version,
    effectiveDate: row.effective_date,
    body: JSON.parse(row.body) as VersionBody,
    contentHash: row.content_hash,
    signedBy: row.signed_by,
    signedAt: row.signed_at,
    signedMethod: row.signed_method,
    createdAt: row.created_at,
  }));
}

export function insertVersion(sql: Sql, agreementId: string, version: AgreementVersion): void {
  sql.run(
    qb.insertInto('agreement_versions').values({
      agreement_id: agreementId,
      version: version.version,
      effective_date: version.effectiveDate,
      body: JSON.stringify(version.body),
      content_hash: version.contentHash,
      signed_by: version.signedBy,
      signed_at: version.signedAt,
      signed_method: version.signedMethod,
      created_at: version.createdAt,
    }),
  );
}

export interface SavedTemplate {
  id: string;
  kind: Agreement['kind'];
  name: string;
  clauses: Clause[];
}

export function listSavedTemplates(sql: Sql): SavedTemplate[] {
  return sql
    .all(qb.selectFrom('document_templates').selectAll().orderBy('name'))
    .map((row) => ({ id: row.id, kind: row.kind, name: row.name, clauses: JSON.parse(row.clauses) as Clause[] }));
}

export function insertSavedTemplate(sql: Sql, template: SavedTemplate, nowIso: string): void {
  sql.run(
    qb.insertInto('document_templates').values({
      id: template.id,
      kind: template.kind,
      name: template.name,
      clauses: JSON.stringify(template.clauses),
      created_at: nowIso,
    }),
  );
}

export function listSavedClauses(sql: Sql): Clause[] {
  return sql.all(qb.selectFrom('clause_library').select(['id', 'title', 'body']).orderBy('title'));
}

export function insertSavedClause(sql: Sql, clause: Clause, nowIso: string): void {
  sql.run(qb.insertInto('clause_library').values({ ...clause, created_at: nowIso }));
}
