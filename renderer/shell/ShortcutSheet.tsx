import { Dialog } from '../components/Dialog.tsx';
import { Kbd } from '../components/Kbd.tsx';
import type { Shortcut } from '../lib/shortcuts.ts';
import { useUi } from '../stores/ui.ts';

/** The `?` sheet: every shortcut from the live list, grouped; alternatives on one line. */
export function ShortcutSheet({ shortcuts }: { shortcuts: Shortcut[] }) {
  const open = useUi((state) => state.shortcutsOpen);
  const setOpen = useUi((state) => state.setShortcutsOpen);
  const groups = new Map<string, Map<string, string[]>>();
  for (const shortcut of shortcuts) {
    const group = groups.get(shortcut.group) ?? new Map<string, string[]>();
    group.set(shortcut.description, [...(group.get(shortcut.description) ?? []), shortcut.keys]);
    groups.set(shortcut.group, group);
  }
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title="Keyboard shortcuts"
      description="Single keys work whenever you are not typing in a field."
    >
      <div className="shortcut-sheet">
        {[...groups].map(([group, entries]) => (
          <section key={group} className="shortcut-sheet__group">
            <h3 className="shortcut-sheet__heading">{group}</h3>
            <dl className="shortcut-sheet__list">
              {[...entries].map(([description, keys]) => (
                <div key={description} className="shortcut-sheet__row">
                  <dt>{description}</dt>
                  <dd>
                    {keys.map((k, index) => (
                      <span key={k} className="shortcut-sheet__alt">
                        {index > 0 && <span className="kbd-then">or</span>}
                        <Kbd keys={k} />
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
