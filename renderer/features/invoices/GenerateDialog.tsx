// "Generate due invoices": pick the date to bill up to, review every due line grouped as
// the drafts will be (one per client and currency), then create the drafts. Nothing is
// written until the coach confirms; the review is the core's own preview of the run.
import { useEffect, useMemo, useState } from 'react';
import { draftInvoiceGroups } from '../../../src/domain/billing.ts';
import { isCalendarDate } from '../../../src/domain/dates.ts';
import { type ApiError, api } from '../../api.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { Money } from '../../components/Money.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDate } from '../../lib/format.ts';
import { useStatus } from '../../stores/status.ts';
import { type DueLine, LINE_KIND_LABELS } from './labels.ts';

/** The drafts the run would make (the core's grouping), read by client name. */
function reviewGroups(lines: readonly DueLine[], names: ReadonlyMap<string, string>) {
  return draftInvoiceGroups(lines)
    .map((group) => ({ ...group, key: `${group.clientId}|${group.currency}`, clientName: names.get(group.clientId) ?? group.clientId }))
    .sort((a, b) => a.clientName.localeCompare(b.clientName) || a.currency.localeCompare(b.currency));
}

export interface GenerateDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (created: readonly { id: string }[]) => void;
}

export function GenerateDialog({ open, onOpenChange, onCreated }: GenerateDialogProps) {
  const today = useStatus((state) => state.status?.today ?? '');
  const [upTo, setUpTo] = useState(today);
  const [issueDate, setIssueDate] = useState(today);
  const [lines, setLines] = useState<DueLine[] | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    setUpTo(today);
    setIssueDate(today);
    setProblem(null);
    void api.call('clients.list', { status: 'all' }).then((result) => {
      if (result.ok) setNames(new Map(result.value.map((c) => [c.id, c.name])));
    });
  }, [open, today]);

  useEffect(() => {
    if (!open || !isCalendarDate(upTo)) return;
    let stale = false;
    setLines(null);
    void api.call('invoices.preview', { upTo }).then((result) => {
      if (stale) return;
      if (result.ok) {
        setLines(result.value);
        setProblem(null);
      } else {
        setLines([]);
        setProblem(result.error);
      }
    });
    return () => {
      stale = true;
    };
  }, [open, upTo]);

  const groups = useMemo(() => reviewGroups(lines ?? [], names), [lines, names]);

  const create = async () => {
    setBusy(true);
    const result = await api.call('invoices.generate', { upTo, issueDate });
    setBusy(false);
    if (result.ok) onCreated(result.value.created);
    else setProblem(result.error);
  };

  const count = groups.length;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      width="lg"
      title="Generate due invoices"
      description="Every fee, overage, installment and month of project time due up to the date you pick, not yet on an invoice. They become drafts you can check before issuing."
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" busy={busy} disabled={count === 0} onClick={() => void create()}>
            {count === 1 ? 'Create 1 draft' : `Create ${count} drafts`}
          </Button>
        </>
      }
    >
      <div className="generate">
        <div className="generate__dates">
          <TextField
            label="Bill what is due up to"
            type="date"
            data-autofocus
            value={upTo}
            error={problem?.fields?.upTo}
            onChange={(event) => setUpTo(event.target.value)}
          />
          <TextField
            label="Issue date"
            type="date"
            value={issueDate}
            error={problem?.fields?.issueDate}
            description="The due date follows from your payment terms."
            onChange={(event) => setIssueDate(event.target.value)}
          />
        </div>
        {problem && !problem.fields && (
          <p role="alert" className="form-error">
            {problem.message}
          </p>
        )}
        <div className="generate__review" aria-live="polite" aria-busy={lines === null}>
          {lines === null ? (
            <p className="muted">Looking for what is due…</p>
          ) : count === 0 ? (
            <p className="muted">Nothing is due up to {upTo ? formatDate(upTo) : 'that date'} that is not already invoiced.</p>
          ) : (
            <>
              <p className="generate__summary">
                {lines.length === 1 ? '1 line' : `${lines.length} lines`} due, on {count === 1 ? '1 draft' : `${count} drafts`}:
              </p>
              {groups.map((group) => (
                <section key={group.key} className="generate__group" aria-label={`${group.clientName}, ${group.currency}`}>
                  <table className="table table--plain generate__table">
                    <caption className="generate__client" data-private>
                      {group.clientName} <span className="muted">· {group.currency}</span>
                    </caption>
                    <thead className="visually-hidden">
                      <tr>
                        <th scope="col">Kind</th>
                        <th scope="col">Description</th>
                        <th scope="col">Amount</th>
                      </tr>
                    </thead>
                    <tbody>
                      {group.lines.map((line) => (
                        <tr key={`${line.agreementId}|${line.kind}|${line.periodStart}`}>
                          <td className="generate__kind">{LINE_KIND_LABELS[line.kind]}</td>
                          <td className="generate__description" data-private>
                            {line.description}
                          </td>
                          <td className="num">
                            <Money amountMinor={line.amountMinor} currency={line.currency} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row" colSpan={2} className="generate__total-label">
                          Draft total
                        </th>
                        <td className="num generate__total">
                          <Money amountMinor={group.totalMinor} currency={group.currency} />
                        </td>
                      </tr>
                    </tfoot>
                  </table>
                </section>
              ))}
            </>
          )}
        </div>
      </div>
    </Dialog>
  );
}
