// The usage ledger of a work or access retainer, period by period (newest first): what was
// included, rolled in, delivered, billed as overage and rolled out, with the 80 % and 100 %
// warnings and, for the current period, the day the allowance runs out at the pace so far.
// Reusable wherever an agreement is shown: <UsageLedger agreementId={…} />.
import { useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { Money } from '../../components/Money.tsx';
import { Badge } from '../../components/StatusChip.tsx';
import { formatDate, formatMinutes } from '../../lib/format.ts';
import { useLiveQuery } from '../../lib/useLiveQuery.ts';
import './sessions.css';

const RECENT_PERIODS = 6;

export interface UsageLedgerProps {
  agreementId: string;
  /** Known to the caller already? Saves a read of the agreement. */
  kind?: 'work' | 'access';
  currency?: string;
}

function minutes(value: number) {
  return value === 0 ? <span className="muted">0</span> : formatMinutes(value);
}

export function UsageLedger({ agreementId, kind, currency }: UsageLedgerProps) {
  if (kind && currency) return <Ledger agreementId={agreementId} kind={kind} currency={currency} />;
  return <LedgerOfAgreement agreementId={agreementId} />;
}

/** usage.ledger does not say the agreement's kind or currency: read them first. */
function LedgerOfAgreement({ agreementId }: { agreementId: string }) {
  const agreement = useLiveQuery('agreements.get', { id: agreementId });
  if (agreement.error) return <p className="form-error">{agreement.error.message}</p>;
  const found = agreement.data?.agreement;
  if (!found) return null;
  if (found.kind !== 'work' && found.kind !== 'access') return <p className="muted">Only work and access retainers have a usage ledger.</p>;
  return <Ledger agreementId={agreementId} kind={found.kind} currency={found.currency} />;
}

function Ledger({ agreementId, kind, currency }: Required<UsageLedgerProps>) {
  const ledger = useLiveQuery('usage.ledger', { agreementId });
  const [showAll, setShowAll] = useState(false);
  if (ledger.error) return <p className="form-error">{ledger.error.message}</p>;
  if (!ledger.data) return null;

  const { periods, warnings, burn } = ledger.data;
  const rows = periods.map((period, index) => ({ period, warning: warnings[index] ?? null })).reverse();
  const shown = showAll ? rows : rows.slice(0, RECENT_PERIODS);
  const access = kind === 'access';
  const current = rows[0];

  if (rows.length === 0) return <p className="muted">No billing periods yet: the first starts on the agreement's start date.</p>;

  return (
    <div className="ledger">
      {current?.warning && (
        <p className={`ledger__warning ledger__warning--${current.warning.level}`} role="status">
          {Math.round(current.warning.usedShare * 100)} % of this period's {access ? 'fair use' : 'allowance'} used
          {current.warning.level === 100 ? (access ? ': above fair use (a warning, never billed)' : ': further time is overage') : ''}.
        </p>
      )}
      {burn?.runsOutOn && !current?.warning && (
        <p className="ledger__pace muted">
          At the pace so far, this period's {formatMinutes(burn.allowanceMinutes)} run out on {formatDate(burn.runsOutOn)}.
        </p>
      )}
      <div className="plain-table-wrap">
        <table className="table table--plain ledger__table">
          <caption className="visually-hidden">Usage per billing period, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="num">
                {access ? 'Fair use' : 'Included'}
              </th>
              {!access && (
                <th scope="col" className="num">
                  Rollover in
                </th>
              )}
              <th scope="col" className="num">
                Delivered
              </th>
              {!access && (
                <>
                  <th scope="col" className="num">
                    Overage
                  </th>
                  <th scope="col" className="num">
                    Overage amount
                  </th>
                  <th scope="col" className="num">
                    Rollover out
                  </th>
                </>
              )}
              <th scope="col">
                <span className="visually-hidden">Warning</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ period, warning }) => (
              <tr key={period.start}>
                <th scope="row" className="ledger__period">
                  {formatDate(period.start)} – {formatDate(period.end)}
                </th>
                <td className="num">{minutes(period.includedMinutes)}</td>
                {!access && <td className="num">{minutes(period.rolloverInMinutes)}</td>}
                <td className="num ledger__delivered">{minutes(period.deliveredMinutes)}</td>
                {!access && (
                  <>
                    <td className="num">{minutes(period.overageMinutes)}</td>
                    <td className="num">
                      {period.overageMinor === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        <Money amountMinor={period.overageMinor} currency={currency} />
                      )}
                    </td>
                    <td className="num">{minutes(period.rolloverOutMinutes)}</td>
                  </>
                )}
                <td>
                  {warning && (
                    <Badge tone={warning.level === 100 ? 'danger' : 'warning'}>{warning.level === 100 ? 'Used up' : 'Over 80 %'}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > RECENT_PERIODS && (
        <Button size="sm" variant="ghost" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show recent periods only' : `Show all ${rows.length} periods`}
        </Button>
      )}
    </div>
  );
}
