/**
 * Records every Content-Security-Policy violation and every uncaught error of
 * the strict page. Imported first by strict-page.ts, so that it listens before
 * the library is evaluated.
 */

/** One `securitypolicyviolation` event, as the test reads it. */
export interface RecordedViolation {
  directive: string;
  blockedURI: string;
  sample: string;
  /** The element the violation happened on (`tag.class`), through shadow roots. */
  element: string;
  /** It came from the page's deliberate positive control, not from the library. */
  control: boolean;
}

export const CONTROL_ID = 'csp-positive-control';

export const violations: RecordedViolation[] = [];
export const errors: string[] = [];

document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    const origin = event.composedPath()[0];
    const element = origin instanceof Element ? `${origin.localName}${origin.className ? `.${String(origin.className).replace(/\s+/g, '.')}` : ''}` : String(origin);
    violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      element,
      control: origin instanceof Element && origin.id === CONTROL_ID,
    });
  },
  true,
);
window.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
