import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { STOP_DAY } from './six-weeks.js';

interface Printed {
  text: string;
  pages: number;
}

const shortDate = (day: number) => new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 9, 5 + day)));

describe('a printed report', function () {
  this.timeout(30_000);

  it('puts six weeks of daily sessions on one A4 page, every session and the stop included, and no paste field', async () => {
    const printed = (await executeServerCommand('print-page-text', {
      path: '/test/progress-report/print-page.html',
      tags: ['progress-report'],
      ready: "document.querySelector('progress-report')?.shadowRoot?.querySelector('[part=\"report\"]')",
    })) as Printed;
    expect(printed.pages).to.equal(1);
    const text = printed.text.replace(/\s+/g, ' ');
    expect(text).to.contain('Progress report from Ana Pérez');
    for (let day = 0; day < 42; day++) expect(text, shortDate(day)).to.contain(shortDate(day));
    expect(text).to.contain(`${shortDate(STOP_DAY)}: Lower Back Twist (right side, 20 seconds into the hold)`);
    expect(text).to.contain('Half Crunches, Beginner → Intermediate');
    expect(text).to.not.contain('Open report');
  });
});
