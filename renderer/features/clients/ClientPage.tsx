import { ArchiveRestore, ArrowLeft, UserX } from 'lucide-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Banner } from '../../components/Banner.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Tabs } from '../../components/Tabs.tsx';
import { useScreenReady } from '../../shell/useScreenReady.ts';
import { ValueTab } from '../pricing/ValueTab.tsx';
import { RestoreButton } from './ClientActions.tsx';
import { ClientHeader } from './ClientHeader.tsx';
import { InvoicesTab } from './tabs/InvoicesTab.tsx';
import { NotesTab } from './tabs/NotesTab.tsx';
import { OverviewTab } from './tabs/OverviewTab.tsx';
import { SessionsTab } from './tabs/SessionsTab.tsx';
import { useClient } from './useClient.ts';

const TABS = ['overview', 'sessions', 'invoices', 'value', 'notes'] as const;

export function ClientPage() {
  const { clientId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data: client, error, loaded } = useClient(clientId);
  useScreenReady(loaded);

  const tab = TABS.find((t) => t === params.get('tab')) ?? 'overview';
  const back = (
    <Link to="/clients" className="back-link">
      <ArrowLeft size={14} aria-hidden="true" /> Clients
    </Link>
  );

  if (!loaded) return <div className="screen">{back}</div>;
  if (!client) {
    return (
      <div className="screen">
        {back}
        <EmptyState
          icon={<UserX size={18} />}
          title={error?.code === 'not_found' ? 'This client is not here any more' : 'This client could not be opened'}
        >
          <p>{error?.message}</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="screen screen--page">
      {client.status === 'archived' && (
        <Banner tone="neutral" icon={<ArchiveRestore size={16} />} action={<RestoreButton client={client} />}>
          This client is archived: they are hidden from your current clients and kept for your records.
        </Banner>
      )}
      <div className="page">
        {back}
        <ClientHeader client={client} />
        <Tabs
          label="Client details"
          value={tab}
          onValueChange={(value) => setParams(value === 'overview' ? {} : { tab: value }, { replace: true })}
          items={[
            { value: 'overview', label: 'Overview', content: <OverviewTab client={client} /> },
            {
              value: 'sessions',
              label: `Sessions${client.references.sessions ? ` (${client.references.sessions})` : ''}`,
              content: <SessionsTab client={client} />,
            },
            {
              value: 'invoices',
              label: `Invoices${client.invoices.length ? ` (${client.invoices.length})` : ''}`,
              content: <InvoicesTab client={client} />,
            },
            { value: 'value', label: 'Value', content: <ValueTab clientId={client.id} clientName={client.name} /> },
            { value: 'notes', label: 'Notes', content: <NotesTab client={client} /> },
          ]}
        />
      </div>
    </div>
  );
}
