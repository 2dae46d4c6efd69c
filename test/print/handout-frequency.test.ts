import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';

// The printed handout (issue 24) says how often, and its week grid marks the prescribed days (●),
// shades the others, and gives a box per session on a day with more than one; with "n days a
// week" every day stays open and the caption says how many.

interface Printed {
  text: string;
  pages: number;
}
const fold = (text: string) => text.replace(/[\s\u00ad]+/g, ' ').trim();
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the handout with how often and the prescribed days', function () {
  this.timeout(30_000);

  it('prints how often and a week grid with Monday, Wednesday and Friday marked (the PDF’s text)', async () => {
    const printed = (await executeServerCommand('print-page-text', { path: '/test/print/handout-frequency.html' })) as Printed;
    const text = fold(printed.text);
    expect(text).to.contain('How often: Mon, Wed, and Fri · twice a day · 08:00 and 18:00');
    expect(text).to.contain('● marks the days to do them. 2 boxes a day: one for each time.');
    expect(text).to.match(/Exercise ● Mon Tue ● Wed Thu ● Fri Sat Sun/);
  });

  async function printView(frequency: unknown) {
    const player = await fixture<RoutinePlayer>(
      html`<routine-player .data=${{ id: 'w', name: 'W', items: ['knee-to-chest', 'half-crunch'].map((exercise) => ({ exercise })), frequency }}></routine-player>`,
    );
    await waitUntil(() => player.shadowRoot?.querySelector('.print-week'), 'the handout');
    return player.shadowRoot!.querySelector<HTMLElement>('[part="print"]')!;
  }
  const columns = (print: HTMLElement, selector: string) =>
    [...print.querySelectorAll('.print-week thead th')].slice(1).map((th, index) => (print.querySelectorAll(`.print-week tbody tr:first-child td`)[index].matches(selector) || th.matches(selector) ? 1 : 0));

  it('marks named days, shades the rest, and gives each prescribed day a box per session', async () => {
    const print = await printView({ timesPerDay: 3, days: { weekdays: ['TU', 'SA'] } });
    expect(clean(print.querySelector('.print-frequency')?.textContent)).to.equal('How often: Tue and Sat · three times a day');
    expect(columns(print, '.prescribed')).to.deep.equal([0, 1, 0, 0, 0, 1, 0]);
    expect(columns(print, '.rest')).to.deep.equal([1, 0, 1, 1, 1, 0, 1]);
    const cells = [...print.querySelectorAll('.print-week tbody tr:first-child td')];
    expect(cells.map((cell) => cell.querySelectorAll('.tick-box').length)).to.deep.equal([0, 3, 0, 0, 0, 3, 0]);
    expect(print.querySelectorAll('.print-week tbody tr').length, 'a row per exercise').to.equal(2);
  });

  it('leaves every day open for "n days a week", and marks nothing without a frequency', async () => {
    const weekly = await printView({ timesPerDay: 1, days: { perWeek: 3 } });
    expect(columns(weekly, '.prescribed, .rest')).to.deep.equal([0, 0, 0, 0, 0, 0, 0]);
    expect(clean(weekly.querySelector('.print-week-legend')?.textContent)).to.equal('Any 3 days of the week.');
    const once = await printView({ timesPerDay: 1, days: { perWeek: 1 } });
    expect(clean(once.querySelector('.print-week-legend')?.textContent)).to.equal('Any one day of the week.');
    const daily = await printView({ timesPerDay: 1, days: { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] } });
    expect(columns(daily, '.prescribed, .rest'), 'every day: nothing to mark').to.deep.equal([0, 0, 0, 0, 0, 0, 0]);
    const none = await printView(undefined);
    expect(none.querySelector('.print-frequency') === null).to.equal(true);
    expect(none.querySelector('.print-week-legend') === null).to.equal(true);
    expect(columns(none, '.prescribed, .rest')).to.deep.equal([0, 0, 0, 0, 0, 0, 0]);
  });
});
