// The six-week report of six-weeks.ts, given to the page's <progress-report> (for print.test.ts).
import '../../src/progress-report/define.js';
import { buildReport } from '../../src/adherence/report-build.js';
import { reportLink } from '../../src/adherence/report-link.js';
import { prescriptionHash } from '../../src/adherence/prescription-hash.js';
import { IDS, ROUTINE, sixWeeks } from './six-weeks.js';

const { sessions, progressions, now } = sixWeeks();
const report = buildReport({ prescription: prescriptionHash(ROUTINE), exerciseIds: IDS, sessions, progressions, now, name: 'Ana Pérez' });
document.querySelector('progress-report')!.report = await reportLink(report, 'https://physio.example/home-exercises/');
