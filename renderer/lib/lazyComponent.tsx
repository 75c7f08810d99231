// A component whose code loads on first use, like React.lazy, but without suspending: until
// its module arrives it renders nothing, then the component itself. React.lazy suspends, and
// after showing a fallback React holds back what replaces it until 300 ms after the fallback
// appeared (react-dom's FALLBACK_THROTTLE_MS): a screen whose code and data were in after
// 200 ms still waited 300. Once the module has arrived (loaded in idle time, or on arrival
// at the screen) the component renders at once. A failed load is thrown to the nearest
// error boundary, as React.lazy's is.
import { type ComponentType, useEffect, useState } from 'react';

export type LazyComponent<P> = ComponentType<P> & {
  /** Loads the code now; resolves once the component can render. */
  preload: () => Promise<unknown>;
};

export function lazyComponent<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<unknown> | null = null;
  const preload = () => {
    loading ??= load().then(
      (module) => {
        loaded = module[name];
      },
      (error: unknown) => {
        loading = null; // a failed load (a dropped connection) is tried again next time
        throw error;
      },
    );
    return loading;
  };

  // biome-ignore lint/correctness/noComponentHookFactories: lazyComponent is called once per area at module level, like React.lazy, so each component is defined once and never per render.
  function Component(props: P) {
    const [state, setState] = useState<{ component: ComponentType<P> | null; error?: unknown }>(() => ({ component: loaded }));
    useEffect(() => {
      if (state.component) return;
      let mounted = true;
      preload().then(
        () => mounted && setState({ component: loaded }),
        (error: unknown) => mounted && setState({ component: null, error }),
      );
      return () => {
        mounted = false;
      };
    }, [state.component]);
    if (state.error !== undefined) throw state.error;
    const Loaded = state.component;
    return Loaded ? <Loaded {...props} /> : null;
  }
  return Object.assign(Component, { preload });
}

/** The code-loading of a component made by lazyComponent, if it is one. */
export function preloadOf(component: unknown): (() => Promise<unknown>) | null {
  const preload = (component as Partial<LazyComponent<object>> | null)?.preload;
  return typeof preload === 'function' ? preload : null;
}
