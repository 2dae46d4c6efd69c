// Dev-server middleware for the strict-CSP test page: every response under
// /test/csp/ carries the policy a strict site would send, so the elements are
// checked against it in the ordinary test run.

/** The policy of issue 9: no inline script or style, and Trusted Types for every HTML sink. */
export const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Sets the strict policy on responses for paths under /test/csp/. */
export async function strictCspHeader(context, next) {
  await next();
  if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', STRICT_POLICY);
}
