import { Plus, Search, Users } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Kbd } from '../../components/Kbd.tsx';
import { type Segment, SegmentedControl } from '../../components/SegmentedControl.tsx';
import { Table } from '../../components/Table.tsx';
import { useScreenReady } from '../../shell/useScreenReady.ts';
import { type ClientSort, type ClientStatusFilter, clientsAreFresh, useClients } from '../../stores/clients.ts';
import { useSettings } from '../../stores/settings.ts';
import { useUi } from '../../stores/ui.ts';
import { clientColumns } from './clientColumns.tsx';

const STATUS_FILTERS: Segment<ClientStatusFilter>[] = [
  { value: 'current', label: 'Current' },
  { value: 'active', label: 'Active' },
  { value: 'prospect', label: 'Prospects' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
];

const SEARCH_DEBOUNCE_MS = 150;

export function ClientsScreen() {
  const navigate = useNavigate();
  const { query, rows, loaded, error, setQuery, load } = useClients();
  const coachZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  const openNewClient = useUi((state) => state.setNewClientOpen);
  const [searchText, setSearchText] = useState(query.search);

  useScreenReady(loaded);

  // Refetch on arrival (the list may have been filled while another screen showed), unless
  // it has just arrived: opening the app on this list reads it before the screen mounts.
  useEffect(() => {
    if (!clientsAreFresh()) void load();
  }, [load]);

  // The quick find can set the search from outside this screen.
  useEffect(() => {
    setSearchText(query.search);
  }, [query.search]);

  useEffect(() => {
    if (searchText === query.search) return;
    const timer = setTimeout(() => setQuery({ search: searchText }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [searchText, query.search, setQuery]);

  const columns = useMemo(() => clientColumns(coachZone), [coachZone]);

  const sortBy = (key: string) => {
    const sort = key as ClientSort;
    if (sort === query.sort) setQuery({ direction: query.direction === 'asc' ? 'desc' : 'asc' });
    // Most recent first is what anyone sorting by last session wants to see.
    else setQuery({ sort, direction: sort === 'lastSession' ? 'desc' : 'asc' });
  };

  const filtered = query.search.trim() !== '' || query.status !== 'current';
  const empty = filtered ? (
    <EmptyState icon={<Search size={18} />} title={query.search ? `No clients match “${query.search}”` : 'No clients with this status'}>
      <p>Search looks at names, companies and email addresses, with or without accents.</p>
      <div className="empty-state__action">
        <Button
          onClick={() => {
            setSearchText('');
            setQuery({ search: '', status: 'current' });
          }}
        >
          Clear filters
        </Button>
      </div>
    </EmptyState>
  ) : (
    <EmptyState
      icon={<Users size={18} />}
      title="No clients yet"
      action={
        <Button variant="primary" icon={<Plus size={14} />} onClick={() => openNewClient(true)}>
          Add your first client
        </Button>
      }
    >
      <p>Add the people you coach or advise. Prospects can go in too, before anything is signed.</p>
    </EmptyState>
  );

  return (
    <div className="screen screen--table">
      <header className="screen__header">
        <div className="screen__title">
          <h1>Clients</h1>
          {loaded && (
            <span className="screen__count muted" aria-live="polite">
              {rows.length === 1 ? '1 client' : `${rows.length.toLocaleString()} clients`}
            </span>
          )}
        </div>
        <Button variant="primary" icon={<Plus size={14} />} onClick={() => openNewClient(true)}>
          New client <Kbd keys="n" hint />
        </Button>
      </header>
      <div className="toolbar">
        <div className="toolbar__search">
          <Search size={14} className="toolbar__search-icon" aria-hidden="true" />
          <input
            className="input"
            type="search"
            aria-label="Filter clients"
            placeholder="Filter by name, company or email"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && searchText) {
                event.preventDefault();
                setSearchText('');
              }
            }}
          />
        </div>
        <SegmentedControl label="Show clients" value={query.status} options={STATUS_FILTERS} onChange={(status) => setQuery({ status })} />
      </div>
      {error && (
        <p role="alert" className="form-error screen__error">
          {error.message}
        </p>
      )}
      {loaded && (
        <Table
          label="Clients"
          rows={rows}
          columns={columns}
          rowKey={(row) => row.id}
          sort={{ key: query.sort, direction: query.direction }}
          onSortChange={sortBy}
          onOpen={(row) => navigate(`/clients/${encodeURIComponent(row.id)}`)}
          empty={empty}
        />
      )}
    </div>
  );
}
