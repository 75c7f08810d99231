import clsx from 'clsx';
import type { ReactNode } from 'react';

/** A message across the top of a screen that stays until its cause is gone. */
export function Banner({
  tone = 'warning',
  icon,
  children,
  action,
}: {
  tone?: 'warning' | 'neutral' | 'danger';
  icon?: ReactNode;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={clsx('banner', `banner--${tone}`)} role={tone === 'danger' ? 'alert' : 'status'}>
      {icon && (
        <span className="banner__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <div className="banner__text">{children}</div>
      {action && <div className="banner__action">{action}</div>}
    </div>
  );
}
