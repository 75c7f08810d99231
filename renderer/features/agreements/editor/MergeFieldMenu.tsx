// The merge-field picker: a menu (arrow keys, type to find) that inserts {{field}} where
// the cursor is in the clause text, then puts the cursor after it.
import * as Menu from '@radix-ui/react-dropdown-menu';
import { Braces } from 'lucide-react';
import { type RefObject, useEffect, useState } from 'react';
import { api } from '../../../api.ts';
import { Button } from '../../../components/Button.tsx';

type MergeField = { name: string; label: string };
let cached: Promise<MergeField[]> | null = null;

function mergeFields(): Promise<MergeField[]> {
  cached ??= api.call('mergeFields.list', {}).then((result) => {
    if (result.ok) return result.value;
    cached = null;
    return [];
  });
  return cached;
}

export function MergeFieldMenu({
  textarea,
  onInsert,
  clauseTitle,
}: {
  textarea: RefObject<HTMLTextAreaElement | null>;
  onInsert: (body: string) => void;
  clauseTitle: string;
}) {
  const [fields, setFields] = useState<MergeField[]>([]);
  useEffect(() => {
    void mergeFields().then(setFields);
  }, []);

  const insert = (name: string) => {
    const element = textarea.current;
    if (!element) return;
    const token = `{{${name}}}`;
    const start = element.selectionStart ?? element.value.length;
    const end = element.selectionEnd ?? start;
    onInsert(element.value.slice(0, start) + token + element.value.slice(end));
    // After React has written the new value: back to the text, just after the field.
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <Menu.Root>
      <Menu.Trigger asChild>
        <Button size="sm" variant="ghost" icon={<Braces size={14} />} aria-label={`Insert a merge field into “${clauseTitle}”`}>
          Insert field
        </Button>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          className="menu"
          align="end"
          sideOffset={4}
          // Focus goes back to the text, not to the button.
          onCloseAutoFocus={(event) => event.preventDefault()}
        >
          <Menu.Label className="menu__label">Merge fields</Menu.Label>
          {fields.map((field) => (
            <Menu.Item key={field.name} className="menu__item" onSelect={() => insert(field.name)}>
              <span>{field.label}</span>
              <code className="menu__code">{`{{${field.name}}}`}</code>
            </Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
