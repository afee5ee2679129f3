/** Loads something from the API for a page, with its problem and a reload; loads again when `key` changes. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type Problem } from './api.ts';

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const loader = useRef(load);
  loader.current = load;
  const key = JSON.stringify(deps);
  const reload = useCallback(async () => {
    try {
      setData(await loader.current());
      setProblem(null);
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { status: 0, code: 'network', title: String(e) });
    }
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names what the load depends on
  useEffect(() => {
    void reload();
  }, [key, reload]);
  return { data, problem, reload, setData };
}
