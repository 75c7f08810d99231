import clsx from 'clsx';
import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={clsx('badge', `badge--${tone}`)}>{children}</span>;
}

// Statuses of clients, agreements and invoices, with how they read and what tone they get.
const STATUS: Record<string, { label: string; tone: Tone }> = {
  prospect: { label: 'Prospect', tone: 'accent' },
  active: { label: 'Active', tone: 'success' },
  archived: { label: 'Archived', tone: 'neutral' },
  draft: { label: 'Draft', tone: 'neutral' },
  sent: { label: 'Sent', tone: 'warning' },
  ended: { label: 'Ended', tone: 'neutral' },
  cancelled: { label: 'Cancelled', tone: 'danger' },
  issued: { label: 'Open', tone: 'warning' },
  paid: { label: 'Paid', tone: 'success' },
  void: { label: 'Void', tone: 'neutral' },
  scheduled: { label: 'Scheduled', tone: 'accent' },
  completed: { label: 'Completed', tone: 'success' },
  no_show: { label: 'No-show', tone: 'danger' },
};

export function StatusChip({ status }: { status: string }) {
  const known = STATUS[status] ?? { label: status, tone: 'neutral' as const };
  return (
    <Badge tone={known.tone}>
      <span className="badge__dot" aria-hidden="true" />
      {known.label}
    </Badge>
  );
}
