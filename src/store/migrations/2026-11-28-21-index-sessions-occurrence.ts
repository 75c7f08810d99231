import { migrationQb as qb } from '../sql.ts';

// The calendar asks for sessions planned for an occurrence in a week, moved or not.
export default {
  name: '2026-11-28-21-index-sessions-occurrence',
  up: () => [qb.schema.createIndex('sessions_occurrence_start').on('sessions').column('occurrence_start')],
};
