import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { toStructuredData, type RoutinePlayer } from '../../src/index.js';

// schema.org data (issue 24): a routine that says how often carries it as the ExercisePlan's
// `activityFrequency`, in words, in the element's language; one that does not, or says it wrongly
// in data the page hands over unchecked, has none (and nothing throws).

const routine = { id: 'w', name: 'W', items: [{ exercise: 'knee-to-chest' }] };

describe('activityFrequency in the structured data', () => {
  it('is how often in words, only when the routine says and says it right', () => {
    const data = toStructuredData({ ...routine, frequency: { timesPerDay: 1, days: { perWeek: 3 }, time: '18:00' } });
    expect(data.activityFrequency).to.equal('3 days a week · evenings, 18:00');
    expect(toStructuredData(routine)).to.not.have.property('activityFrequency');
    expect(toStructuredData('lower-back')).to.not.have.property('activityFrequency');
    const wrong = toStructuredData({ ...routine, frequency: { timesPerDay: 9, days: null } as never });
    expect(wrong).to.not.have.property('activityFrequency');
  });

  it('is written by <routine-player structured-data> in the element’s language', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="es"><routine-player structured-data .data=${{ ...routine, frequency: { timesPerDay: 2, days: { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] } } }}></routine-player></div>`,
    );
    const player = wrapper.querySelector<RoutinePlayer>('routine-player')!;
    await waitUntil(() => /activityFrequency":"Todos/.test(player.querySelector('script[type="application/ld+json"]')?.textContent ?? ''), 'the Spanish data');
    const data = JSON.parse(player.querySelector('script[type="application/ld+json"]')!.textContent!) as { activityFrequency: string };
    expect(data.activityFrequency).to.equal('Todos los días · dos veces al día');
  });
});
