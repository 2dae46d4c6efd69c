import { html, type TemplateResult } from 'lit';

/** A QR code as a grid of dark and light modules (what `lean-qr` gives). */
export interface QrModules {
  readonly size: number;
  get(x: number, y: number): boolean;
}

/** Light modules around the code that a scanner needs to find it, as the standard asks. */
const QUIET_ZONE = 4;

let loading: Promise<typeof import('lean-qr/nano')> | undefined;

/**
 * The QR code of a text. Its library (`lean-qr`, about 2 kB) is loaded only here, on the first
 * call: when the sharing panel shows the code or a handout is printed, never with the builder.
 * Medium error correction, so a creased or smudged handout still scans.
 */
export async function makeQrCode(text: string): Promise<QrModules> {
  loading ??= import('lean-qr/nano');
  const { generate, correction } = await loading;
  return generate(text, { minCorrectionLevel: correction.M });
}

/** The dark modules as one SVG path, a run of dark modules in a row being one rectangle. */
export function qrPath(modules: QrModules): string {
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    let x = 0;
    while (x < modules.size) {
      if (!modules.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < modules.size && modules.get(x, y)) x++;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`);
    }
  }
  return parts.join('');
}

/**
 * The code as an SVG drawn from its modules: made of numbers only, so no text from the link
 * is ever parsed as markup. Black on white in every theme, as scanners expect.
 */
export function renderQrCode(modules: QrModules, label: string): TemplateResult {
  const side = modules.size + 2 * QUIET_ZONE;
  return html`<svg part="qr-code" class="qr-code" viewBox="0 0 ${side} ${side}" role="img" aria-label=${label} shape-rendering="crispEdges">
    <rect width=${side} height=${side} fill="#fff"></rect>
    <path d=${qrPath(modules)} fill="#000"></path>
  </svg>`;
}
