// What keeps a player from playing, shown and logged: its attributes' problems first, then its
// routine's; the console hears of them once each time they change. In Node.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DataError } from '../../src/model/data-error.js';
import { playerProblems, ProblemLog } from '../../src/routine-player/player-problems.js';

const level = { path: 'level', message: 'must be one of beginner, intermediate, advanced, got "expert"' };
const hold = { path: 'items[0].dose.holdSeconds', message: 'must be a whole number from 1 to 3600, got -5' };

describe('playerProblems', () => {
  it('lists the attributes’ problems, then the routine’s data', () => {
    const source = { ok: false as const, error: new DataError('routine', [hold]) };
    assert.deepEqual(playerProblems([level], source), [level, hold]);
  });
  it('has none from a routine that was read, or while none is read yet', () => {
    assert.deepEqual(playerProblems([], undefined), []);
    assert.deepEqual(playerProblems([level], undefined), [level]);
  });
});

describe('ProblemLog', () => {
  let logged: unknown[][];
  const original = console.error;
  beforeEach(() => {
    logged = [];
    console.error = (...args: unknown[]) => void logged.push(args);
  });
  afterEach(() => {
    console.error = original;
  });

  it('logs the problems once, naming the element and each field, until they change', () => {
    const log = new ProblemLog();
    log.log([level, hold]);
    log.log([level, hold]);
    assert.equal(logged.length, 1);
    assert.match(String(logged[0][0]), /^<routine-player>: level: .*; items\[0\]\.dose\.holdSeconds: /);
    log.log([hold]);
    assert.equal(logged.length, 2);
  });
  it('says nothing when there is nothing wrong, and logs again a problem that comes back', () => {
    const log = new ProblemLog();
    log.log([]);
    assert.equal(logged.length, 0);
    log.log([level]);
    log.log([]);
    log.log([level]);
    assert.equal(logged.length, 2);
  });
});
