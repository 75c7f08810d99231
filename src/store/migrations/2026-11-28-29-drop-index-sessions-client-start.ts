import { migrationQb as qb } from '../sql.ts';

// sessions_client_status_start (migration 24) starts with the client too: a client's sessions
// by date (their page, their .ics) read its ~100 rows and sort them. One index fewer on the
// largest table makes every write, import and backup check lighter (a full integrity_check of
// a large practice looks up each session in each of its indexes).
export default {
  name: '2026-11-28-29-drop-index-sessions-client-start',
  up: () => [qb.schema.dropIndex('sessions_client_start')],
};
