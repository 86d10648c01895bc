// Loading data for a page: the result, the error, and a way to load again.
import { useCallback, useEffect, useState } from 'react';
import { gql } from './client';

export function useQuery<T>(query: string, variables: Record<string, unknown> = {}) {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const load = useCallback(async () => {
    setState((s) => ({ ...s, loading: true }));
    try {
      setState({ data: await gql<T>(query, JSON.parse(key)), loading: false });
    } catch (error) {
      setState({ error, loading: false });
    }
  }, [query, key]);
  useEffect(() => {
    void load();
  }, [load]);
  return { ...state, reload: load };
}
