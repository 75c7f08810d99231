// What a coach needs to know about an agreement in force: its term, when notice must be
// given and what ending it now would mean, a pending cancellation, pauses.
import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { api } from '../../../api.ts';
import { IconButton } from '../../../components/IconButton.tsx';
import { Money } from '../../../components/Money.tsx';
import { formatDate, formatInstantDate } from '../../../lib/format.ts';
import { useSettings } from '../../../stores/settings.ts';
import { toast } from '../../../stores/toasts.ts';
import { perPeriod } from '../labels.ts';
import type { AgreementDetail } from '../types.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

async function removePause(agreementId: string, from: string, to: string): Promise<void> {
  const result = await api.call('agreements.removePause', { id: agreementId, from });
  if (!result.ok) toast(result.error.message, { tone: 'danger' });
  else
    toast(`Removed the pause from ${formatDate(from)}`, {
      action: { label: 'Undo', run: () => void api.call('agreements.pause', { id: agreementId, from, to }) },
    });
}

export function AgreementFacts({ detail }: { detail: AgreementDetail }) {
  const timeZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  const { agreement, outlook } = detail;
  const fee = agreement.kind === 'project' ? agreement.hourlyRateMinor : agreement.feeMinor;
  return (
    <div className="agreement-facts">
      <dl className="facts facts--compact">
        <Fact label={agreement.kind === 'project' ? 'Hourly rate' : 'Fee'}>
          {fee === null ? '—' : <Money amountMinor={fee} currency={agreement.currency} />}
          {(agreement.kind === 'work' || agreement.kind === 'access') && (
            <span className="muted"> / {perPeriod(agreement.periodMonths)}</span>
          )}
        </Fact>
        <Fact label="Start">{formatDate(agreement.startDate)}</Fact>
        <Fact label="Term">
          {agreement.termMonths === null ? 'Open-ended' : `${agreement.termMonths} months${agreement.autoRenew ? ', renews' : ''}`}
        </Fact>
        {agreement.sentAt && <Fact label="Sent">{formatInstantDate(agreement.sentAt, timeZone)}</Fact>}
        {outlook?.termEnd && <Fact label={outlook.renews ? 'Renews on' : 'Term ends'}>{formatDate(outlook.termEnd)}</Fact>}
        {outlook?.noticeDeadline && <Fact label="Notice deadline">{formatDate(outlook.noticeDeadline)}</Fact>}
        {outlook && !agreement.cancellation && <Fact label="Notice today ends it on">{formatDate(outlook.endIfNoticeToday)}</Fact>}
        {agreement.cancellation && (
          <>
            <Fact label="Notice given on">{formatDate(agreement.cancellation.noticeGivenOn)}</Fact>
            <Fact label="Ends on">{formatDate(agreement.cancellation.effectiveDate)}</Fact>
          </>
        )}
      </dl>
      {agreement.pauses.length > 0 && (
        <div className="pauses">
          <h3 className="pauses__title">Pauses</h3>
          <ul className="pauses__list">
            {agreement.pauses.map((pause) => (
              <li key={pause.from} className="pauses__item">
                <span>
                  {formatDate(pause.from)} – {formatDate(pause.to)}
                </span>
                {agreement.status === 'active' && (
                  <IconButton
                    size="sm"
                    label={`Remove the pause from ${formatDate(pause.from)}`}
                    icon={<X size={14} />}
                    onClick={() => void removePause(agreement.id, pause.from, pause.to)}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
