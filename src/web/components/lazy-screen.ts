/**
 * A screen whose code is fetched the first time it is needed. React's `lazy` suspends on the
 * first render even when the code has already arrived, and React then holds the fallback for
 * up to 300 ms so content does not flicker in; for a screen that is already here that wait is
 * pure delay. This renders the module directly once it has loaded, and lets the shell start the
 * fetch early (`preload`) for the screen a person is about to see.
 */
import { type ComponentType, createElement, lazy } from 'react';

export interface LazyScreen<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  preload(): Promise<unknown>;
}

export function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (pending ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Suspending = lazy(preload);
  // Called once per screen at module level, so each screen keeps one component identity.
  // biome-ignore lint/correctness/noComponentHookFactories: a module-level factory, not a per-render one
  const Screen = (props: P) => createElement((loaded ?? Suspending) as ComponentType<P>, props);
  Screen.preload = preload;
  return Screen;
}
