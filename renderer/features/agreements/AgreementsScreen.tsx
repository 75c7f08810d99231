// The Agreements area: what is coming up, then every agreement with its status, fee and
// next date, filtered by status, kind and client (kept in the address, so links can
// point at "sent proposals"). `n` starts a new one.
import { FileText, Plus, Search } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ApiInput } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Kbd } from '../../components/Kbd.tsx';
import { Select } from '../../components/Select.tsx';
import { Table } from '../../components/Table.tsx';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import { useScreenReady } from '../../shell/useScreenReady.ts';
import { agreementColumns, sortRows } from './agreementColumns.tsx';
import { ComingUp } from './ComingUp.tsx';
import { agreementPath, KIND_FILTER_OPTIONS, STATUS_FILTER_OPTIONS } from './labels.ts';
import { useNewShortcut } from './useNewShortcut.ts';
import './agreements.css';

type ListInput = ApiInput<'agreements.list'>;

export function AgreementsScreen() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [sort, setSort] = useState<{ key: string; direction: 'asc' | 'desc' }>({ key: 'client', direction: 'asc' });
  const status = params.get('status') ?? '';
  const kind = params.get('kind') ?? '';
  const clientId = params.get('clientId') ?? '';
  const filter: ListInput = {
    ...(status ? { status: status as ListInput['status'] } : {}),
    ...(kind ? { kind: kind as ListInput['kind'] } : {}),
    ...(clientId ? { clientId } : {}),
  };
  const list = useLiveQuery('agreements.list', filter);
  const summary = useLiveQuery('today.summary', {});
  const clients = useLiveQuery('clients.list', { status: 'all', sort: 'name', direction: 'asc' });
  useScreenReady(list.loaded && summary.loaded);

  const createNew = useCallback(
    () => navigate(clientId ? `/agreements/new?clientId=${encodeURIComponent(clientId)}` : '/agreements/new'),
    [navigate, clientId],
  );
  useNewShortcut(createNew);

  const columns = useMemo(() => agreementColumns(), []);
  const rows = useMemo(() => sortRows(list.data ?? [], sort.key, sort.direction), [list.data, sort]);
  const clientOptions = useMemo(
    () => [{ value: '', label: 'Any client' }, ...(clients.data ?? []).map((c) => ({ value: c.id, label: c.name }))],
    [clients.data],
  );

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const filtered = Boolean(status || kind || clientId);

  const empty = filtered ? (
    <EmptyState icon={<Search size={18} />} title="No agreements match these filters">
      <div className="empty-state__action">
        <Button onClick={() => setParams({}, { replace: true })}>Clear filters</Button>
      </div>
    </EmptyState>
  ) : (
    <EmptyState
      icon={<FileText size={18} />}
      title="No agreements yet"
      action={
        <Button variant="primary" icon={<Plus size={14} />} onClick={createNew}>
          Draft your first agreement
        </Button>
      }
    >
      <p>Retainers (pay for work or for access), value-based engagements and hourly projects, from a template you adjust.</p>
    </EmptyState>
  );

  return (
    <div className="screen screen--table">
      <header className="screen__header">
        <div className="screen__title">
          <h1>Agreements</h1>
          {list.loaded && (
            <span className="screen__count muted" aria-live="polite">
              {rows.length === 1 ? '1 agreement' : `${rows.length.toLocaleString()} agreements`}
            </span>
          )}
        </div>
        <Button variant="primary" icon={<Plus size={14} />} onClick={createNew}>
          New agreement <Kbd keys="n" hint />
        </Button>
      </header>
      {summary.data && (summary.data.noticeDeadlines.length > 0 || summary.data.endingSoon.length > 0 || (list.data?.length ?? 0) > 0) && (
        <ComingUp summary={summary.data} />
      )}
      <div className="toolbar agreements-toolbar">
        <Select
          label="Status"
          hideLabel
          className="toolbar__filter"
          options={STATUS_FILTER_OPTIONS}
          value={status}
          onChange={(e) => setFilter('status', e.target.value)}
        />
        <Select
          label="Kind"
          hideLabel
          className="toolbar__filter"
          options={KIND_FILTER_OPTIONS}
          value={kind}
          onChange={(e) => setFilter('kind', e.target.value)}
        />
        <Select
          label="Client"
          hideLabel
          className="toolbar__filter toolbar__filter--wide"
          options={clientOptions}
          value={clientId}
          onChange={(e) => setFilter('clientId', e.target.value)}
        />
        {filtered && (
          <Button variant="ghost" size="sm" onClick={() => setParams({}, { replace: true })}>
            Clear filters
          </Button>
        )}
      </div>
      {list.error && (
        <p role="alert" className="form-error screen__error">
          {list.error.message}
        </p>
      )}
      {list.loaded && (
        <Table
          label="Agreements"
          rows={rows}
          columns={columns}
          rowKey={(row) => row.id}
          sort={sort}
          onSortChange={(key) =>
            setSort((s) => (s.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' }))
          }
          onOpen={(row) => navigate(agreementPath(row.id))}
          rowHeight={44}
          empty={empty}
        />
      )}
    </div>
  );
}
