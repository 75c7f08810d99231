import clsx from 'clsx';
import { type ReactNode, useId } from 'react';

export interface CardProps {
  title: ReactNode;
  /** Right side of the header: a link or a small action. */
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled section; its heading names the region for screen readers. */
export function Card({ title, aside, children, className }: CardProps) {
  const id = useId();
  return (
    <section className={clsx('card', className)} aria-labelledby={id}>
      <header className="card__header">
        <h2 id={id} className="card__title">
          {title}
        </h2>
        {aside}
      </header>
      <div className="card__body">{children}</div>
    </section>
  );
}
