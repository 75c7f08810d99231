import { act, cleanup, render, screen } from '@testing-library/react';
import { Component, type ReactNode, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../renderer/lib/lazyComponent.tsx';

afterEach(cleanup);

/** The component the delivered module holds. */
function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** The component a second, successful load delivers. */
function Loaded() {
  return <p>Loaded</p>;
}

/** A module the test delivers when it chooses. */
function deferredModule() {
  let deliver!: () => void;
  let fail!: (error: Error) => void;
  const module = { Greeting: Hello };
  const promise = new Promise<typeof module>((resolve, reject) => {
    deliver = () => resolve(module);
    fail = reject;
  });
  return { load: () => promise, deliver, fail };
}

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

describe('lazyComponent', () => {
  it('renders nothing until its code arrives, then the component at once (it never suspends)', async () => {
    const { load, deliver } = deferredModule();
    const Greeting = lazyComponent(load, 'Greeting');
    const { container } = render(
      <Suspense fallback={<p>Loading</p>}>
        <Greeting name="Ada" />
      </Suspense>,
    );
    // Not a fallback: after one, React would hold the component back for 300 ms more.
    expect(container.innerHTML).toBe('');
    await act(async () => deliver());
    expect(container.textContent).toBe('Hello Ada');
  });

  it('renders at once, in the first render, when its code was loaded before', async () => {
    const { load, deliver } = deferredModule();
    const Greeting = lazyComponent(load, 'Greeting');
    deliver();
    await Greeting.preload();
    const { container } = render(<Greeting name="Ben" />);
    expect(container.textContent).toBe('Hello Ben');
  });

  it('throws a failed load to the nearest error boundary, and loads again when asked again', async () => {
    // React reports the error it caught; kept out of the test output.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let attempts = 0;
    const Greeting = lazyComponent(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('The connection dropped')) : Promise.resolve({ Greeting: Loaded });
    }, 'Greeting');
    render(
      <Boundary>
        <Greeting />
      </Boundary>,
    );
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'The connection dropped');
    await expect(Greeting.preload()).resolves.toBeUndefined();
    expect(attempts).toBe(2);
    reported.mockRestore();
  });
});
