// The right pane: the live document, as the core modelled it from what is typed now.
import { useSettings } from '../../../stores/settings.ts';
import { DocumentView } from '../DocumentView.tsx';
import { useDraft } from './draftStore.ts';

export function PreviewPane() {
  const document = useDraft((state) => state.document);
  const timeZone = useSettings((state) => state.settings?.timeZone ?? 'UTC');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region takes the focus so that it scrolls from the keyboard (axe: scrollable-region-focusable).
    <section className="editor-pane editor-pane--preview" aria-label="Live preview" tabIndex={0}>
      {document ? <DocumentView document={document} timeZone={timeZone} /> : <p className="muted">Preparing the preview…</p>}
    </section>
  );
}
