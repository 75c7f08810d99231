import { type ReactNode, useId } from 'react';

export function SettingsSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section id={id} className="settings-section" aria-labelledby={headingId}>
      <header className="settings-section__header">
        <h2 id={headingId}>{title}</h2>
        {description && <p className="muted">{description}</p>}
      </header>
      <div className="settings-section__body">{children}</div>
    </section>
  );
}
