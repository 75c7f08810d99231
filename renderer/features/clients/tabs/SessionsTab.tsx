import { ClientSessions } from '../../sessions/ClientSessions.tsx';
import type { ClientDetail } from '../useClient.ts';

/** The client's sessions, the usage ledger of each retainer and "Add session" (from the sessions feature). */
export function SessionsTab({ client }: { client: ClientDetail }) {
  return <ClientSessions clientId={client.id} clientName={client.name} clientTimeZone={client.timeZone} />;
}
