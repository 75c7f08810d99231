// Quarterly planning: lose a client, add a retainer, change the retention and win
// assumptions, and see the forecast recomputed. Never saved; Reset drops it all.
import { RotateCcw, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { Card } from '../../components/Card.tsx';
import { Combobox } from '../../components/Combobox.tsx';
import { IconButton } from '../../components/IconButton.tsx';
import { Money } from '../../components/Money.tsx';
import { Badge } from '../../components/StatusChip.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { useClientSearch } from '../../lib/useClientSearch.ts';
import { AddRetainerForm, RETAINER_KIND_LABELS } from './AddRetainerForm.tsx';
import type { useWhatIf } from './useWhatIf.ts';

type WhatIf = ReturnType<typeof useWhatIf>;

/** Clients listed under "Remove a client" at most. */
const REMOVE_MATCHES = 8;

export interface WhatIfPanelProps {
  whatIf: WhatIf;
  currency: string;
  asOf: string;
  /** The clients whose agreements the forecast counts (active or sent). */
  clientIds: readonly string[];
  names: ReadonlyMap<string, string>;
  topClientId: string | null;
  baseMrrMinor: number;
  assumptions: { annualRetention: number; winProbability: number };
}

/** 0.7 → "70"; the field edits whole or decimal percentages. */
function toPercent(value: number): string {
  return String(Math.round(value * 1000) / 10);
}

function PercentField({
  label,
  value,
  fallback,
  description,
  onChange,
}: {
  label: string;
  value: number | null;
  fallback: number;
  description: string;
  onChange: (value: number | null) => void;
}) {
  return (
    <TextField
      label={label}
      type="number"
      min={0}
      max={100}
      step={5}
      suffix="%"
      description={description}
      value={toPercent(value ?? fallback)}
      onChange={(event) => {
        const number = Number(event.target.value);
        if (event.target.value !== '' && Number.isFinite(number)) onChange(Math.min(100, Math.max(0, number)) / 100);
      }}
    />
  );
}

export function WhatIfPanel({ whatIf, currency, asOf, clientIds, names, topClientId, baseMrrMinor, assumptions }: WhatIfPanelProps) {
  const { changes, active, result, error, update, reset } = whatIf;
  // Clients found by the core's search, among those whose agreements the forecast counts.
  const [search, setSearch] = useState('');
  const removable = useMemo(
    () => new Set(clientIds.filter((id) => !changes.removeClientIds.includes(id))),
    [clientIds, changes.removeClientIds],
  );
  const found = useClientSearch(search, REMOVE_MATCHES, (client) => removable.has(client.id));
  const removeOptions = useMemo(() => found.results.map((client) => ({ value: client.id, label: client.name })), [found.results]);
  const topName = topClientId ? names.get(topClientId) : undefined;
  const whatIfMrr = result?.mrr[currency]?.mrrMinor ?? null;

  return (
    <Card
      className={active ? 'what-if what-if--on' : 'what-if'}
      title={<>What-if {active && <Badge tone="accent">On · not saved</Badge>}</>}
      aside={
        <Button size="sm" variant="ghost" icon={<RotateCcw size={14} />} disabled={!active} onClick={reset}>
          Reset
        </Button>
      }
    >
      <p className="muted what-if__note">Try changes to the practice; the forecast beside this recomputes. Nothing here is saved.</p>
      {error && (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      )}
      {active && (
        <p className="what-if__mrr" aria-live="polite">
          MRR in this what-if: <strong>{whatIfMrr === null ? '…' : <Money amountMinor={whatIfMrr} currency={currency} />}</strong>{' '}
          <span className="muted">(now {formatMoney(baseMrrMinor, currency)})</span>
        </p>
      )}

      <section className="what-if__section" aria-labelledby="what-if-lose">
        <h3 id="what-if-lose" className="what-if__heading">
          Lose a client
        </h3>
        {topClientId && topName && !changes.removeClientIds.includes(topClientId) && (
          <Button size="sm" onClick={() => update({ removeClientIds: [...changes.removeClientIds, topClientId] })}>
            Remove the top client ({topName})
          </Button>
        )}
        <Combobox
          label="Remove a client"
          hideLabel
          placeholder="Remove a client…"
          options={removeOptions}
          searching={found.searching}
          onSearch={setSearch}
          noMatch="No client with an agreement matches"
          private
          onPick={(id) => update({ removeClientIds: [...changes.removeClientIds, id] })}
        />
        {changes.removeClientIds.length > 0 && (
          <ul className="what-if__chips" aria-label="Clients removed in the what-if">
            {changes.removeClientIds.map((id) => (
              <li key={id} className="what-if__chip">
                <span data-private>Without {names.get(id) ?? id}</span>
                <IconButton
                  size="sm"
                  icon={<X size={12} />}
                  label={`Bring back ${names.get(id) ?? id}`}
                  onClick={() => update({ removeClientIds: changes.removeClientIds.filter((c) => c !== id) })}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="what-if__section" aria-labelledby="what-if-add">
        <h3 id="what-if-add" className="what-if__heading">
          Add a retainer
        </h3>
        <AddRetainerForm
          currency={currency}
          defaultStart={asOf}
          onAdd={(retainer) => update({ addRetainers: [...changes.addRetainers, retainer] })}
        />
        {changes.addRetainers.length > 0 && (
          <ul className="what-if__chips" aria-label="Retainers added in the what-if">
            {changes.addRetainers.map((r, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the what-if's added retainers are the core's input and carry no id (the same retainer may be added twice); a chip holds no state, so taking one out only redraws those after it.
              <li key={index} className="what-if__chip">
                <span>
                  {RETAINER_KIND_LABELS[r.kind]}, {formatMoney(r.feeMinor, r.currency)}
                  {r.kind === 'value' ? '' : r.periodMonths === 3 ? ' a quarter' : ' a month'} from {formatDate(r.startDate)}
                  {r.termMonths === null ? ', open-ended' : `, ${r.termMonths} months`}
                </span>
                <IconButton
                  size="sm"
                  icon={<X size={12} />}
                  label="Take this retainer out"
                  onClick={() => update({ addRetainers: changes.addRetainers.filter((_, i) => i !== index) })}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="what-if__section" aria-labelledby="what-if-assumptions">
        <h3 id="what-if-assumptions" className="what-if__heading">
          Assumptions
        </h3>
        <div className="what-if__assumptions">
          <PercentField
            label="Annual retention"
            value={changes.annualRetention}
            fallback={assumptions.annualRetention}
            description="Share of clients who renew over a year"
            onChange={(annualRetention) => update({ annualRetention })}
          />
          <PercentField
            label="Win probability"
            value={changes.winProbability}
            fallback={assumptions.winProbability}
            description="Chance a sent proposal is signed"
            onChange={(winProbability) => update({ winProbability })}
          />
        </div>
      </section>
    </Card>
  );
}
