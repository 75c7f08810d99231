import { sql } from 'kysely';
import { rawStatement } from '../sql.ts';

// Full-text search over session notes and client notes (FTS5). Kysely cannot say CREATE
// VIRTUAL TABLE or triggers, so this migration is raw SQL. Triggers keep the index in step
// with every insert, edit and delete.
export default {
  name: '2026-11-28-19-create-notes-search',
  up: () => [
    rawStatement(
      sql`create virtual table notes_fts using fts5(owner_type unindexed, owner_id unindexed, client_id unindexed, body, tokenize = 'unicode61 remove_diacritics 2')`,
    ),
    rawStatement(
      sql`insert into notes_fts (owner_type, owner_id, client_id, body) select 'session', id, client_id, notes from sessions where notes != ''`,
    ),
    rawStatement(
      sql`insert into notes_fts (owner_type, owner_id, client_id, body) select 'client', id, id, notes from clients where notes != ''`,
    ),
    rawStatement(sql`create trigger sessions_notes_insert after insert on sessions when new.notes != '' begin
      insert into notes_fts (owner_type, owner_id, client_id, body) values ('session', new.id, new.client_id, new.notes); end`),
    rawStatement(sql`create trigger sessions_notes_update after update of notes, client_id on sessions begin
      delete from notes_fts where owner_type = 'session' and owner_id = old.id;
      insert into notes_fts (owner_type, owner_id, client_id, body) select 'session', new.id, new.client_id, new.notes where new.notes != ''; end`),
    rawStatement(sql`create trigger sessions_notes_delete after delete on sessions begin
      delete from notes_fts where owner_type = 'session' and owner_id = old.id; end`),
    rawStatement(sql`create trigger clients_notes_insert after insert on clients when new.notes != '' begin
      insert into notes_fts (owner_type, owner_id, client_id, body) values ('client', new.id, new.id, new.notes); end`),
    rawStatement(sql`create trigger clients_notes_update after update of notes on clients begin
      delete from notes_fts where owner_type = 'client' and owner_id = old.id;
      insert into notes_fts (owner_type, owner_id, client_id, body) select 'client', new.id, new.id, new.notes where new.notes != ''; end`),
    rawStatement(sql`create trigger clients_notes_delete after delete on clients begin
      delete from notes_fts where owner_type = 'client' and owner_id = old.id; end`),
  ],
};
