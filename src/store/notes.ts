// Full-text search over notes (FTS5). Raw SQL here because kysely cannot say MATCH or snippet().
import type { Sql } from './sql.ts';

export interface NoteHit {
  ownerType: 'session' | 'client';
  ownerId: string;
  clientId: string;
  /** The matched text with \u0002 before and \u0003 after each match. */
  snippet: string;
}

/** Every word is quoted so user input is never FTS syntax; the last word matches as a prefix. */
export function toMatchQuery(query: string): string {
  const words = query
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w.replace(/"/g, '""')}"`);
  return words.map((w, i) => (i === words.length - 1 ? `${w}*` : w)).join(' ');
}

export function searchNotes(sql: Sql, query: string, limit: number): NoteHit[] {
  return sql.sqlite
    .prepare(
      `select owner_type as ownerType, owner_id as ownerId, client_id as clientId,
              snippet(notes_fts, 3, char(2), char(3), '…', 12) as snippet
         from notes_fts where notes_fts match ? order by rank limit ?`,
    )
    .all(toMatchQuery(query), limit) as NoteHit[];
}
