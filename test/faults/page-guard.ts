/**
 * Records everything that reaches the page uncaught while a case runs: `error`
 * events and unhandled promise rejections. Issue 9: no fault may throw to the page.
 */
export interface PageGuard {
  /** One line per uncaught error or rejection, in order. */
  readonly caught: string[];
  /** Stops listening. */
  stop(): void;
}

export function guardPage(): PageGuard {
  const caught: string[] = [];
  const onError = (event: ErrorEvent) => caught.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason = event.reason as { name?: string; message?: string } | undefined;
    caught.push(`unhandled rejection: ${reason?.name ?? ''} ${reason?.message ?? String(event.reason)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    caught,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Lets queued tasks (promise rejections, their reports) run before checking the guard. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
