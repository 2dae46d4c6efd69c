import { expect } from '@open-wc/testing';
import * as bundle from '../../src/define.js';
import * as main from '../../src/index.js';

// The one-file bundle (src/define.ts) exports the main entry's API (both from src/elements-api.ts)
// but for the functions that make content for somewhere else, which only src/index.ts adds.
describe('the one-file bundle’s exports', () => {
  const CONTENT_MAKERS = [
    'exerciseToHTML',
    'routineToHTML',
    'toStructuredData',
    'encodeRoutineLink',
    'decodeRoutineLink',
    'routineLink',
    // The report link's, which the player and <progress-report> load with themselves.
    'encodeReportLink',
    'decodeReportLink',
    'reportLink',
    'buildReport',
    'prescriptionHash',
  ];

  it('are the main entry’s, but for the functions that make content for somewhere else', () => {
    const expected = Object.keys(main).filter((name) => !CONTENT_MAKERS.includes(name)).sort();
    expect(Object.keys(bundle).sort()).to.deep.equal(expected);
    for (const name of expected) expect(bundle[name as keyof typeof bundle], name).to.equal(main[name as keyof typeof main]);
  });

  it('leave out each of the content makers, which the main entry has', () => {
    for (const name of CONTENT_MAKERS) {
      expect(main, name).to.have.property(name).that.is.a('function');
      expect(bundle, name).not.to.have.property(name);
    }
  });
});
