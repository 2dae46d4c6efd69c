// Types for what the browser tests import from subjects.mjs (measure.mjs, plain Node, uses the rest).

/** The README's card written in plain HTML: its content shows before definition. */
export const AUTHORED_CARD: string;
