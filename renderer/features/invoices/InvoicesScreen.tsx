// Month end: the invoices by status, "Generate due invoices" (review, then drafts), issuing
// one by one or all drafts at once, PDFs per row, and the way into each invoice.
import { Receipt, Search, Send, Sparkles } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/Button.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { Kbd } from '../../components/Kbd.tsx';
import { SegmentedControl } from '../../components/SegmentedControl.tsx';
import { Table } from '../../components/Table.tsx';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import { useScreenReady } from '../../shell/useScreenReady.ts';
import { toast } from '../../stores/toasts.ts';
import { CsvButton } from '../revenue/CsvButton.tsx';
import { issueAll, issueInvoice } from './actions.ts';
import { GenerateDialog } from './GenerateDialog.tsx';
import { type InvoiceSort, invoiceColumns, invoiceCsv, sortInvoices } from './invoiceColumns.tsx';
import { INVOICE_FILTERS, type InvoiceFilter, type InvoiceRow, invoicePath, isInvoiceFilter } from './labels.ts';
import { useCreateShortcut } from './useCreateShortcut.ts';
import './invoices.css';

const EMPTY_TEXT: Record<InvoiceFilter, string> = {
  draft: 'No drafts waiting. Generate due invoices to create them.',
  open: 'Nothing open: every issued invoice is paid.',
  issued: 'Nothing open: every issued invoice is paid.',
  overdue: 'Nothing overdue.',
  paid: 'No paid invoices yet.',
  void: 'No void invoices.',
  all: 'No invoices yet.',
};

export function InvoicesScreen() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const fromUrl: InvoiceFilter = isInvoiceFilter(raw) ? raw : 'all';
  // Held here too: the router applies the address in a transition, and the radio should
  // not flick back in between.
  const [filter, setFilterNow] = useState<InvoiceFilter>(fromUrl);
  useEffect(() => setFilterNow(fromUrl), [fromUrl]);
  const { data, error, loaded } = useLiveQuery('invoices.list', filter === 'all' ? {} : { status: filter });
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ key: InvoiceSort; direction: 'asc' | 'desc' }>({ key: 'issueDate', direction: 'desc' });
  const [generating, setGenerating] = useState(false);
  const [issuingAll, setIssuingAll] = useState(false);
  useScreenReady(loaded);
  useCreateShortcut(() => setGenerating(true));

  const rows = useMemo(() => {
    const text = search.trim().toLocaleLowerCase();
    const matching = (data ?? []).filter(
      (row) => !text || row.number.toLocaleLowerCase().includes(text) || row.clientName.toLocaleLowerCase().includes(text),
    );
    return sortInvoices(matching, sort.key, sort.direction);
  }, [data, search, sort]);
  const drafts = filter === 'draft' ? rows : [];
  const columns = useMemo(() => invoiceColumns((row) => void issueInvoice(row)), []);

  const setFilter = (status: InvoiceFilter) => {
    setFilterNow(status);
    setParams(status === 'all' ? {} : { status }, { replace: true });
  };
  const sortBy = (key: string) => {
    const next = key as InvoiceSort;
    setSort((current) =>
      current.key === next
        ? { key: next, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key: next, direction: next === 'client' || next === 'number' ? 'asc' : 'desc' },
    );
  };

  const created = (rowsCreated: readonly { id: string }[]) => {
    setGenerating(false);
    setFilter('draft');
    toast(rowsCreated.length === 1 ? 'Created 1 draft invoice' : `Created ${rowsCreated.length} draft invoices`);
  };

  return (
    <div className="screen screen--table">
      <header className="screen__header">
        <div className="screen__title">
          <h1>Invoices</h1>
          {loaded && (
            <span className="screen__count muted" aria-live="polite">
              {rows.length === 1 ? '1 invoice' : `${rows.length.toLocaleString()} invoices`}
            </span>
          )}
        </div>
        <div className="screen__actions">
          {drafts.length > 0 && (
            <Button icon={<Send size={14} />} onClick={() => setIssuingAll(true)}>
              Issue all {drafts.length} drafts
            </Button>
          )}
          <Button variant="primary" icon={<Sparkles size={14} />} onClick={() => setGenerating(true)}>
            Generate due invoices <Kbd keys="n" hint />
          </Button>
        </div>
      </header>
      <div className="toolbar">
        <div className="toolbar__search">
          <Search size={14} className="toolbar__search-icon" aria-hidden="true" />
          <input
            className="input"
            type="search"
            aria-label="Filter invoices"
            placeholder="Filter by number or client"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <SegmentedControl label="Show invoices" value={filter} options={INVOICE_FILTERS} onChange={setFilter} />
        <span className="spacer" />
        {rows.length > 0 && <CsvButton fileName={`invoices-${filter}`} what="invoices" rows={() => invoiceCsv(rows)} />}
      </div>
      {error && (
        <p role="alert" className="form-error screen__error">
          {error.message}
        </p>
      )}
      {loaded && (
        <Table
          label="Invoices"
          rows={rows}
          columns={columns}
          rowKey={(row: InvoiceRow) => row.id}
          sort={sort}
          onSortChange={sortBy}
          onOpen={(row) => navigate(invoicePath(row.id))}
          empty={
            <EmptyState
              icon={<Receipt size={18} />}
              title={search ? `No invoices match “${search}”` : EMPTY_TEXT[filter]}
              action={
                filter === 'draft' || filter === 'all' ? (
                  <Button variant="primary" icon={<Sparkles size={14} />} onClick={() => setGenerating(true)}>
                    Generate due invoices
                  </Button>
                ) : undefined
              }
            >
              <p>
                Fees are billed at the start of each period, overage with the next one, installments on their dates and project time
                monthly.
              </p>
            </EmptyState>
          }
        />
      )}
      <GenerateDialog open={generating} onOpenChange={setGenerating} onCreated={created} />
      <ConfirmDialog
        open={issuingAll}
        onOpenChange={setIssuingAll}
        tone="primary"
        title={`Issue ${drafts.length} draft invoices?`}
        description="Issued invoices keep their numbers and can no longer be edited or deleted; a mistake is put right by voiding."
        confirmLabel={`Issue ${drafts.length}`}
        onConfirm={() => issueAll(drafts)}
      />
    </div>
  );
}
