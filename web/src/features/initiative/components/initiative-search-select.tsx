import { useDeferredValue, useState } from 'react';
import type { InitiativePickerProps } from '../../../components/slots';
import { useInitiativeSearch } from '../api/initiative-search.query';
import { Combobox } from './combobox';

interface InitiativeSearchSelectProps extends InitiativePickerProps {
  /** Initiatives not to offer, e.g. the one being edited. */
  exclude?: readonly string[];
  hint?: string;
}

/** Finds an initiative by key or title on the server as the user types. */
export function InitiativeSearchSelect({ label, onSelect, exclude = [], error, hint, keepSelection = false }: InitiativeSearchSelectProps) {
  const [query, setQuery] = useState('');
  const search = useDeferredValue(query);
  const { data, previousData } = useInitiativeSearch(search);
  const items = (data ?? previousData)?.initiatives.items ?? [];
  const options = items.filter((i) => !exclude.includes(i.id)).map((i) => ({ value: i.id, label: `${i.key} ${i.title}` }));
  return (
    <Combobox
      label={label}
      options={options}
      query={query}
      onQueryChange={setQuery}
      onSelect={(option) => {
        const initiative = items.find((i) => i.id === option.value);
        if (!initiative) return;
        onSelect(initiative);
        setQuery(keepSelection ? option.label : '');
      }}
      placeholder="Type a key or title…"
      emptyText={search.trim() ? 'No initiative matches' : 'No initiatives yet'}
      error={error}
      hint={hint}
    />
  );
}
