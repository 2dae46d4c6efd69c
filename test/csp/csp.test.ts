import { expect, waitUntil } from '@open-wc/testing';
import type { HoldTimer } from '../../src/index.js';
import type { StrictPage } from './strict-page.js';

/**
 * Issue 9, defect 7: under `Content-Security-Policy: default-src 'self';
 * script-src 'self'; style-src 'self'; require-trusted-types-for 'script';
 * trusted-types lit-html`, the three elements render, play and stop with zero
 * `securitypolicyviolation` events, and the ring shows the right fraction.
 *
 * The runner's own page uses inline scripts, so the strict page runs in an
 * iframe (test/csp/strict.html, served with the policy); this test drives it
 * through `window.strictPage` and reads what it recorded.
 */

const PAGE = '/test/csp/strict.html';
/** The policy of issue 9, written out here so that a weakened server policy fails this test. */
const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The fraction of the ring drawn, read back from the computed transforms of its two half arcs (see src/hold-timer/ring.ts). */
function ringFraction(host: Element): number {
  const ring = host.shadowRoot!.querySelector('[part="ring"]');
  if (!ring) throw new Error(`<${host.localName}> shows no ring`);
  const view = host.ownerDocument.defaultView!;
  // Each half arc turns from its resting angle (45° and 225°) by up to 180° for half the ring.
  const half = (selector: string, rest: number) => {
    const arc = ring.querySelector(selector)!;
    const transform = view.getComputedStyle(arc).transform;
    const matrix = new DOMMatrixReadOnly(transform === 'none' ? undefined : transform);
    const angle = (Math.atan2(matrix.b, matrix.a) * 180) / Math.PI;
    const turned = ((((angle - rest + 90) % 360) + 360) % 360) - 90;
    return turned / 360;
  };
  return half('.half.first .arc', 45) + half('.half.second .arc', 225);
}

function button(host: Element, label: string): HTMLButtonElement {
  const found = [...host.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  if (!found) throw new Error(`<${host.localName}> has no button "${label}"`);
  return found;
}

describe('the strict-CSP page', () => {
  let frame: HTMLIFrameElement;
  let page: StrictPage;

  before(async () => {
    frame = document.createElement('iframe');
    frame.title = 'strict CSP page';
    frame.style.width = '800px';
    frame.style.height = '1200px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = PAGE;
    document.body.append(frame);
    await loaded;
    await waitUntil(() => (frame.contentWindow as unknown as { strictPage?: StrictPage }).strictPage, 'the strict page sets itself up', {
      timeout: 5000,
    });
    page = (frame.contentWindow as unknown as { strictPage: StrictPage }).strictPage;
    await page.ready;
  });
  after(() => frame.remove());

  const libraryViolations = () => page.violations.filter((violation) => !violation.control);

  async function advance(ms: number, ...hosts: { updateComplete: Promise<boolean> }[]) {
    page.clock.advance(ms);
    for (const host of hosts) await host.updateComplete;
  }

  it('is served with the strict policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_POLICY);
  });

  it('enforces it: the page’s deliberate inline style attribute is reported (positive control)', async () => {
    await waitUntil(() => page.violations.some((violation) => violation.control), 'the control is reported', { timeout: 3000 });
    const control = page.violations.find((violation) => violation.control)!;
    expect(control.directive).to.equal('style-src-attr');
    const computed = frame.contentWindow!.getComputedStyle(frame.contentDocument!.getElementById('csp-positive-control')!);
    expect(computed.outlineStyle, 'the blocked style is not applied').to.equal('none');
  });

  it('renders all three elements', () => {
    expect(page.card.shadowRoot!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Knee to Chest');
    expect(page.timer.shadowRoot!.querySelector('[part="time"]')).not.to.equal(null);
    expect(page.player.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('Lower back stretches');
    expect(page.errors).to.deep.equal([]);
  });

  it('<hold-timer>: an idle ring is empty', () => {
    expect(ringFraction(page.timer)).to.be.closeTo(0, 0.01);
  });

  it('<hold-timer hold="40">: the ring shows 0%, 25% and 75% of the hold, and stays right across pause, resume and reset', async () => {
    const timer = page.timer;
    button(timer, 'Start').click();
    await advance(5000, timer); // the 5 s get-ready ends: the hold begins
    expect(timer.segment!.kind).to.equal('hold');
    expect(ringFraction(timer), 'at the start of the hold').to.be.closeTo(0, 0.01);
    await advance(10_000, timer);
    expect(ringFraction(timer), '10 s into a 40 s hold').to.be.closeTo(0.25, 0.01);
    await advance(20_000, timer);
    expect(ringFraction(timer), '30 s into a 40 s hold').to.be.closeTo(0.75, 0.01);
    button(timer, 'Pause').click();
    await timer.updateComplete;
    expect(ringFraction(timer), 'paused at 30 s').to.be.closeTo(0.75, 0.01);
    button(timer, 'Resume').click();
    await advance(4000, timer);
    expect(ringFraction(timer), '34 s into the hold').to.be.closeTo(0.85, 0.01);
    button(timer, 'Reset').click();
    await timer.updateComplete;
    expect(timer.status).to.equal('idle');
    expect(ringFraction(timer), 'reset').to.be.closeTo(0, 0.01);
  });

  it('<back-exercise>: its timer plays and stops, with the ring right on every segment from the first render', async () => {
    const timer = page.card.shadowRoot!.querySelector('hold-timer') as HoldTimer;
    expect(ringFraction(timer), 'idle').to.be.closeTo(0, 0.01);
    button(timer, 'Start').click();
    await advance(5000, timer);
    expect(timer.segment!.kind).to.equal('hold');
    expect(ringFraction(timer), 'first render of the left side').to.be.closeTo(0, 0.01);
    await advance(9000, timer);
    expect(ringFraction(timer), '9 s into a 45 s hold').to.be.closeTo(0.2, 0.01);
    await advance(36_000, timer);
    expect(timer.segment!.kind).to.equal('switch-sides');
    expect(ringFraction(timer), 'first render of the switch').to.be.closeTo(0, 0.01);
    await advance(1000, timer);
    expect(ringFraction(timer), '1 s into a 5 s switch').to.be.closeTo(0.2, 0.01);
    button(timer, 'Reset').click();
    await timer.updateComplete;
    expect(timer.status).to.equal('idle');
  });

  it('<routine-player>: plays with the ring right, then stops with Stop — this hurts', async () => {
    const player = page.player;
    button(player, 'Start').click();
    await player.updateComplete;
    expect(ringFraction(player), 'first render of getting ready').to.be.closeTo(0, 0.01);
    await advance(15_000 + 18_000, player); // a routine's 15 s get-ready, then 18 s of the hold
    expect(player.shadowRoot!.querySelector('[part="phase"]')!.textContent!.trim()).to.equal('Left side');
    expect(ringFraction(player), '18 s into a 45 s hold').to.be.closeTo(0.4, 0.01);
    button(player, 'Stop — this hurts').click();
    await player.updateComplete;
    expect(player.state).to.equal('stopped');
    expect(player.shadowRoot!.querySelector('[part="advice"]')).not.to.equal(null);
  });

  it('records zero violations from the library, and no error, through all of the above', async () => {
    // Violation reports are delivered as tasks: let any still queued arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.violations.filter((violation) => violation.control), 'the control was seen').to.have.length(1);
    expect(libraryViolations()).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });
});
