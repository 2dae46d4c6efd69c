import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { theme: string | null; compact?: boolean };

/**
 * The element's `theme` and `compact`, as custom states of its host (`:host(:state(dark))`), so that
 * a value set as a property styles the element as the attribute does, without the element writing
 * an attribute the author did not write (a framework hydrating a server-rendered page would see it
 * as a mismatch). The attribute selectors stay beside these for server-rendered markup and browsers
 * without custom states.
 */
class HostStates implements ReactiveController {
  readonly #host: Host;
  readonly #internals: () => ElementInternals | undefined;

  constructor(host: Host, internals?: () => ElementInternals | undefined) {
    this.#host = host;
    let own: ElementInternals | undefined;
    this.#internals = internals ?? (() => (own ??= isServer ? undefined : host.attachInternals()));
    host.addController(this);
  }

  hostUpdated(): void {
    const states = this.#internals()?.states;
    if (!states) return;
    const { theme, compact } = this.#host;
    const wanted: Record<string, boolean> = { dark: theme === 'dark', light: theme === 'light', compact: !!compact };
    for (const [name, on] of Object.entries(wanted)) {
      try {
        if (on) states.add(name);
        else states.delete(name);
      } catch {
        // A browser that knows only the older `--name` states: the attribute selectors still apply.
      }
    }
  }
}

/** Keeps the host's `dark`, `light` and `compact` states (see {@link HostStates}). */
export const hostStates = (host: Host, internals?: () => ElementInternals | undefined): void => {
  new HostStates(host, internals);
};
