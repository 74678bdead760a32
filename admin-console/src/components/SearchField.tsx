import { useEffect, useId, useState } from 'react';
import { useDebouncedValue } from '../hooks/useDebouncedValue';

interface SearchFieldProps {
  label: string;
  value: string;
  onSearch(value: string): void;
}

/** A search box that asks the service once the typing pauses, not at every key. */
export function SearchField({ label, value, onSearch }: SearchFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const settled = useDebouncedValue(draft.trim());
  useEffect(() => {
    // The address changed by itself (a menu link, the back button): show the search it holds.
    setDraft((current) => (current.trim() === value ? current : value));
  }, [value]);
  useEffect(() => {
    if (settled !== value) onSearch(settled);
    // Only newly settled text starts a search; `value` catching up with it must not start another.
  }, [settled]);
  return (
    <div className="search-field" role="search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
    </div>
  );
}
