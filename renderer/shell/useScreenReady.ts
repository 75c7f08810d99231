import { useEffect } from 'react';
import { useUi } from '../stores/ui.ts';

/**
 * A screen reports whether its first data has arrived; the shell marks <main data-ready>
 * from it, which is what benchmarks and end-to-end tests wait for.
 */
export function useScreenReady(ready: boolean): void {
  const setScreenReady = useUi((state) => state.setScreenReady);
  useEffect(() => {
    setScreenReady(ready);
  }, [ready, setScreenReady]);
  useEffect(() => () => setScreenReady(false), [setScreenReady]);
}
