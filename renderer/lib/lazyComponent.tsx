// A component whose code loads on first use, like React.lazy, with one difference: once its
// module has arrived (loaded in idle time, or as the app opened on it), it renders at once.
// React.lazy suspends on its first render even when the code is already there, and after
// showing a fallback React waits at least 300 ms before it reveals what replaces it.
import { lazy, useState, type ComponentType } from 'react';

export type LazyComponent<P> = ComponentType<P> & {
  /** Loads the code now; resolves once the component can render without suspending. */
  preload: () => Promise<unknown>;
};

export function lazyComponent<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): LazyComponent<P> {
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
  const Lazy = lazy(() => preload().then(() => ({ default: loaded! })));

  function Component(props: P) {
    // Chosen once per mount: switching from the lazy path to the direct one later would
    // mount the screen again and lose its state.
    const [Direct] = useState(() => loaded);
    return Direct ? <Direct {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Component, { preload });
}

/** The code-loading of a component made by lazyComponent, if it is one. */
export function preloadOf(component: unknown): (() => Promise<unknown>) | null {
  const preload = (component as Partial<LazyComponent<object>> | null)?.preload;
  return typeof preload === 'function' ? preload : null;
}
