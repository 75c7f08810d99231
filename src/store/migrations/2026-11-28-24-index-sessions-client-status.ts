import { migrationQb as qb } from '../sql.ts';

// The clients list asks for each client's last completed session.
export default {
  name: '2026-11-28-24-index-sessions-client-status',
  up: () => [qb.schema.createIndex('sessions_client_status_start').on('sessions').columns(['client_id', 'status', 'start'])],
};
