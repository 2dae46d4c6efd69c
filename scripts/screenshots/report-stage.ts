// A page for scripts/screenshots/report.mjs: `?view=send` is a patient's player with six weeks of
// remembered sessions, played to its summary on the test suite's fake clock; `?view=clinic` is
// a clinic's page with <progress-report> showing the same six weeks (the data of the six-week test).
import { installFakeTime } from '../../test/helpers/fake-time.js';
import { sixWeeks, IDS, ROUTINE } from '../../test/progress-report/six-weeks.js';
import { buildReport } from '../../src/adherence/report-build.js';
import { reportLink } from '../../src/adherence/report-link.js';
import { prescriptionHash } from '../../src/adherence/prescription-hash.js';

const time = installFakeTime();
const params = new URLSearchParams(location.search);
const stage = document.querySelector('#stage')!;
const today = new Date();
const { sessions, progressions } = sixWeeks(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 41));

declare global {
  interface Window {
    stage: { ready: boolean };
  }
}

if (params.get('view') === 'clinic') {
  await import('../../src/progress-report/define.js');
  document.querySelector('#page-title')!.textContent = 'Patient reports';
  const link = await reportLink(
    buildReport({ prescription: prescriptionHash(ROUTINE), exerciseIds: IDS, sessions, progressions, now: today, name: 'Ana Pérez' }),
    'https://physio.example/home-exercises/',
  );
  stage.innerHTML = `<progress-report routine="${params.get('routine') ?? 'lower-back'}"></progress-report>`;
  const report = stage.querySelector('progress-report')!;
  report.report = link;
  await new Promise((resolve) => setTimeout(resolve, 300));
  await report.updateComplete;
} else {
  localStorage.clear();
  localStorage.setItem('back-exercise-elements:history:lower-back', JSON.stringify(sessions));
  await import('../../src/define.js');
  stage.innerHTML = '<routine-player remember cues="none" no-focus-mode-on-phones></routine-player>';
  const player = stage.querySelector('routine-player')!;
  await player.updateComplete;
  player.start();
  time.advance(player.plan!.total);
  await player.updateComplete;
  Object.defineProperty(player, 'clinicEmail', { value: 'reports@northside-physio.example' });
  const send = [...player.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Send to my physiotherapist')!;
  send.click();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const qr = [...player.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'QR code')!;
  qr.click();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await player.updateComplete;
  player.shadowRoot!.querySelector('.send-panel')!.scrollIntoView();
}
window.stage = { ready: true };
