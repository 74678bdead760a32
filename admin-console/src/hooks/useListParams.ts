import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's search text, filter and page, kept in the address so a reload, the back button and a
 * shared link all show the same page.
 */
export function useListParams(filterName?: string) {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const filter = (filterName && params.get(filterName)) || '';
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;

  const update = useCallback(
    (changes: Record<string, string>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          Object.entries(changes).forEach(([key, value]) => (value ? next.set(key, value) : next.delete(key)));
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  // A new search or filter starts again from the first page.
  const setSearch = useCallback((value: string) => update({ q: value, page: '' }), [update]);
  const setFilter = useCallback(
    (value: string) => {
      if (filterName) update({ [filterName]: value, page: '' });
    },
    [update, filterName],
  );
  const setPage = useCallback((index: number) => update({ page: index > 0 ? String(index + 1) : '' }), [update]);

  return { search, filter, page, setSearch, setFilter, setPage };
}
