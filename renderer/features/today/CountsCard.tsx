import { Card } from '../../components/Card.tsx';
import { formatNumber } from '../../lib/format.ts';
import type { WorkspaceStatus } from '../../stores/status.ts';

export function CountsCard({ counts }: { counts: WorkspaceStatus['counts'] }) {
  const tiles = [
    { label: 'Clients', value: counts.clients },
    { label: 'Agreements', value: counts.agreements },
    { label: 'Sessions', value: counts.sessions },
    { label: 'Invoices', value: counts.invoices },
  ];
  return (
    <Card title="Your practice" className="counts-card">
      <dl className="tiles">
        {tiles.map((tile) => (
          <div key={tile.label} className="tiles__item">
            <dt className="tiles__label">{tile.label}</dt>
            <dd className="tiles__value">{formatNumber(tile.value)}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
