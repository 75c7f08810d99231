// The sidebar search: type a few letters, pick a client with the arrows, Enter opens it.
// Enter with nothing picked shows every match in Clients; the last option searches notes.
// An ARIA combobox with a listbox.
import { Search } from 'lucide-react';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { Kbd } from '../components/Kbd.tsx';
import { useClientSearch } from '../lib/useClientSearch.ts';
import { type ClientRow, useClients } from '../stores/clients.ts';
import { GLOBAL_SEARCH_ID } from './useGlobalShortcuts.ts';

const MAX_RESULTS = 8;

export function QuickFind() {
  const navigate = useNavigate();
  const listId = useId();
  const [text, setText] = useState('');
  const { results, searching } = useClientSearch(text, MAX_RESULTS);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  // New matches: nothing picked among them yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `results` is the trigger, not an input: a new list of matches clears the active row.
  useEffect(() => setActive(-1), [results]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const openClient = (client: ClientRow) => {
    navigate(`/clients/${encodeURIComponent(client.id)}`);
    setText('');
    close();
  };

  const showAll = () => {
    useClients.getState().setQuery({ search: text.trim(), status: 'all' });
    navigate('/clients');
    setText('');
    close();
  };

  const searchNotes = () => {
    navigate(`/calendar/notes?q=${encodeURIComponent(text.trim())}`);
    setText('');
    close();
  };

  // The clients found, then "Search notes for …".
  const optionCount = results.length + 1;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && text.trim()) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % optionCount);
    } else if (event.key === 'ArrowUp' && text.trim()) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? optionCount - 1 : index - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const picked = results[active];
      if (picked) openClient(picked);
      else if (active === results.length) searchNotes();
      else if (text.trim()) showAll();
    } else if (event.key === 'Escape') {
      if (text) setText('');
      else event.currentTarget.blur();
      close();
    }
  };

  const expanded = open && text.trim() !== '';
  const activeId = active >= 0 ? `${listId}-${active}` : undefined;

  return (
    <search className="quick-find">
      <Search className="quick-find__icon" size={14} aria-hidden="true" />
      <input
        id={GLOBAL_SEARCH_ID}
        className="input quick-find__input"
        type="search"
        placeholder="Search clients"
        aria-label="Search clients"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      {!text && (
        <span className="quick-find__hint">
          <Kbd keys="/" hint />
        </span>
      )}
      {/* biome-ignore-start lint/a11y/noNoninteractiveElementToInteractiveRole lint/a11y/useFocusableInteractive: the WAI-ARIA combobox pattern: focus stays in the field and aria-activedescendant names the active option, so the list is an ARIA listbox on ul/li and its options are never focused themselves. */}
      <ul id={listId} role="listbox" aria-label="Matching clients" className="combobox__list quick-find__list" hidden={!expanded}>
        {results.map((client, index) => (
          <li
            key={client.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="quick-find__option"
            // mousedown, not click: the input keeps focus until the choice is made.
            onMouseDown={(event) => {
              event.preventDefault();
              openClient(client);
            }}
            onMouseEnter={() => setActive(index)}
          >
            <span className="quick-find__name" data-private>
              {client.name}
            </span>
            {client.company && (
              <span className="quick-find__company" data-private>
                {client.company}
              </span>
            )}
          </li>
        ))}
        {results.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="quick-find__none">
            {searching ? 'Searching…' : 'No clients match'}
          </li>
        )}
        {results.length > 0 && (
          <li
            role="option"
            aria-selected={false}
            className="quick-find__all"
            onMouseDown={(event) => {
              event.preventDefault();
              showAll();
            }}
          >
            Show all matches in Clients
          </li>
        )}
        <li
          id={`${listId}-${results.length}`}
          role="option"
          aria-selected={active === results.length}
          className="quick-find__option quick-find__all"
          onMouseDown={(event) => {
            event.preventDefault();
            searchNotes();
          }}
          onMouseEnter={() => setActive(results.length)}
        >
          Search notes for “{text.trim()}”
        </li>
      </ul>
      {/* biome-ignore-end lint/a11y/noNoninteractiveElementToInteractiveRole lint/a11y/useFocusableInteractive: the listbox ends here. */}
    </search>
  );
}
