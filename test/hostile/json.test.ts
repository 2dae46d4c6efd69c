/**
 * Malformed and wrong-typed JSON, and `__proto__` / `constructor` keys, in every source
 * that takes JSON or a data object. Each is refused with an error naming the field, and
 * no key ever reaches `Object.prototype` (the guard compares the built-in prototypes
 * before and after every case).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { expectSafe, expectation, hostileSuite, mount, settle, type Outcome } from './guard.js';
import { element, jsonScript, setPath, validExercise, validRoutine } from './inputs.js';

/** JSON texts that do not parse, or parse to something that is not an object. */
const MALFORMED: { label: string; text: string }[] = [
  { label: 'empty', text: '' },
  { label: 'only whitespace', text: '   \n ' },
  { label: 'unclosed brace', text: '{"id": "test-stretch", "name": "Test"' },
  { label: 'missing value', text: '{"id": }' },
  { label: 'single quotes', text: "{'id': 'test-stretch'}" },
  { label: 'trailing comma', text: '{"id": "test-stretch",}' },
  { label: 'comment', text: '// an exercise\n{}' },
  { label: 'two objects', text: '{"a": 1}{"b": 2}' },
  { label: 'NaN', text: 'NaN' },
  { label: 'null', text: 'null' },
  { label: 'a number', text: '42' },
  { label: 'a string', text: '"knee-to-chest"' },
  { label: 'a list', text: '[]' },
  { label: 'true', text: 'true' },
  { label: 'HTML instead of JSON', text: '<h3 data-hostile>Bridge</h3>' },
];

/** Wrong-typed fields of an exercise: the path to set, the value, and the field the error must name. */
const WRONG_EXERCISE: { path: string; value: unknown; field: string }[] = [
  { path: 'name', value: 42, field: 'name' },
  { path: 'name', value: null, field: 'name' },
  { path: 'name', value: ['Test'], field: 'name' },
  { path: 'name', value: '', field: 'name' },
  { path: 'steps', value: 'Lie down', field: 'steps' },
  { path: 'steps', value: [], field: 'steps' },
  { path: 'steps', value: [1, 2], field: 'steps[0]' },
  { path: 'steps', value: ['Lie down', { text: 'Breathe' }], field: 'steps[1]' },
  { path: 'targets', value: { 0: 'back' }, field: 'targets' },
  { path: 'cautions', value: [null], field: 'cautions[0]' },
  { path: 'kind', value: 'yoga', field: 'kind' },
  { path: 'kind', value: true, field: 'kind' },
  { path: 'id', value: 'Knee To Chest', field: 'id' },
  { path: 'id', value: 7, field: 'id' },
  { path: 'progression', value: 5, field: 'progression' },
  { path: 'dose', value: [], field: 'dose' },
  { path: 'dose', value: '45', field: 'dose' },
  { path: 'dose.holdSeconds', value: '45', field: 'dose.holdSeconds' },
  { path: 'dose.holdSeconds', value: 4.5, field: 'dose.holdSeconds' },
  { path: 'dose.holdSeconds', value: -5, field: 'dose.holdSeconds' },
  { path: 'dose.holdSeconds', value: 3601, field: 'dose.holdSeconds' },
  { path: 'dose.eachSide', value: 'yes', field: 'dose.eachSide' },
  { path: 'dose.reps', value: { beginner: '8', intermediate: 9, advanced: 10 }, field: 'dose.reps.beginner' },
  { path: 'dose.reps', value: { beginner: 8 }, field: 'dose.reps.intermediate' },
  { path: 'dose.sets', value: 0, field: 'dose.sets' },
  { path: 'dose.restSeconds', value: -1, field: 'dose.restSeconds' },
  { path: 'extra', value: 1, field: 'extra' },
];

/** Wrong-typed fields of a routine. */
const WRONG_ROUTINE: { path: string; value: unknown; field: string }[] = [
  { path: 'items', value: {}, field: 'items' },
  { path: 'items', value: [], field: 'items' },
  { path: 'items', value: 'half-crunch', field: 'items' },
  { path: 'items', value: Array(51).fill('half-crunch'), field: 'items' },
  { path: 'items', value: [null], field: 'items[0]' },
  { path: 'items', value: [42], field: 'items[0]' },
  { path: 'items', value: [{ exercise: 42 }], field: 'items[0].exercise' },
  { path: 'items', value: [{ exercise: 'half-crunch', dose: 'x' }], field: 'items[0].dose' },
  { path: 'items', value: [{ exercise: 'half-crunch', dose: { sets: 51 } }], field: 'items[0].dose.sets' },
  { path: 'items', value: [{ exercise: 'half-crunch', pace: 'slow' }], field: 'items[0].pace' },
  { path: 'restBetweenSeconds', value: -1, field: 'restBetweenSeconds' },
  { path: 'restBetweenSeconds', value: '10', field: 'restBetweenSeconds' },
  { path: 'name', value: '', field: 'name' },
  { path: 'id', value: 5, field: 'id' },
];

/** `__proto__` and `constructor` keys, written as JSON text so they arrive as own keys, as from any server. */
const PROTO_EXERCISE: { label: string; json: string; field: string }[] = [
  { label: '"__proto__" at the top', json: '"__proto__": {"polluted": "yes"}', field: '__proto__' },
  { label: '"constructor" at the top', json: '"constructor": {"prototype": {"polluted": "yes"}}', field: 'constructor' },
  { label: '"prototype" at the top', json: '"prototype": {"polluted": "yes"}', field: 'prototype' },
];

function exerciseJsonWith(extra: string): string {
  return JSON.stringify(validExercise()).replace(/^\{/, `{${extra},`);
}

function routineJsonWith(extra: string): string {
  return JSON.stringify(validRoutine()).replace(/^\{/, `{${extra},`);
}

describe('hostile: malformed and wrong-typed JSON, __proto__ and constructor keys', () => {
  const context = hostileSuite();

  function jsonCase(name: string, build: () => Element, outcome: Outcome): void {
    it(`${name} ${expectation(outcome)}`, async () => {
      const el = await mount(context, build());
      await expectSafe(context, el, outcome);
    });
  }

  describe('malformed JSON script', () => {
    for (const { label, text } of MALFORMED) {
      jsonCase(`<back-exercise> JSON script: ${label}`, () => element('back-exercise', {}, jsonScript(text, true)), { error: 'script' });
      jsonCase(`<routine-player> JSON script: ${label}`, () => element('routine-player', {}, jsonScript(text, true)), { error: 'script' });
    }
  });

  describe('wrong-typed exercise fields', () => {
    for (const { path, value, field } of WRONG_EXERCISE) {
      const label = `${path} = ${JSON.stringify(value)}`;
      jsonCase(`<back-exercise> JSON script: ${label}`, () => element('back-exercise', {}, jsonScript(setPath(validExercise(), path, value))), {
        error: field,
      });
      jsonCase(`<back-exercise> data: ${label}`, () => Object.assign(element('back-exercise'), { data: setPath(validExercise(), path, value) }), {
        error: field,
      });
    }
  });

  describe('wrong-typed routine fields', () => {
    for (const { path, value, field } of WRONG_ROUTINE) {
      const label = `${path} = ${JSON.stringify(value).slice(0, 60)}`;
      jsonCase(`<routine-player> JSON script: ${label}`, () => element('routine-player', {}, jsonScript(setPath(validRoutine(), path, value))), {
        error: field,
      });
      jsonCase(`<routine-player> data: ${label}`, () => Object.assign(element('routine-player'), { data: setPath(validRoutine(), path, value) }), {
        error: field,
      });
    }
  });

  describe('data that is not an object', () => {
    const values: [string, unknown][] = [
      ['a number', 42],
      ['a string', 'knee-to-chest'],
      ['a list', []],
      ['true', true],
      ['a function', () => validExercise()],
      ['a symbol', Symbol('hostile')],
      ['a bigint', 10n],
    ];
    for (const [label, value] of values) {
      jsonCase(`<back-exercise> data = ${label}`, () => Object.assign(element('back-exercise'), { data: value }), { error: 'data' });
      jsonCase(`<routine-player> data = ${label}`, () => Object.assign(element('routine-player'), { data: value }), { error: 'data' });
    }
  });

  describe('__proto__ and constructor keys', () => {
    for (const { label, json, field } of PROTO_EXERCISE) {
      jsonCase(`<back-exercise> JSON script with ${label}`, () => element('back-exercise', {}, jsonScript(exerciseJsonWith(json), true)), {
        error: field,
      });
      jsonCase(`<back-exercise> data parsed from JSON with ${label}`, () => Object.assign(element('back-exercise'), { data: JSON.parse(exerciseJsonWith(json)) }), {
        error: field,
      });
      jsonCase(`<routine-player> JSON script with ${label}`, () => element('routine-player', {}, jsonScript(routineJsonWith(json), true)), {
        error: field,
      });
    }
    jsonCase(
      '<back-exercise> JSON script with "__proto__" inside dose',
      () => element('back-exercise', {}, jsonScript(JSON.stringify(validExercise()).replace('"dose":{', '"dose":{"__proto__":{"holdSeconds":3600},'), true)),
      { error: 'dose.__proto__' },
    );
    jsonCase(
      '<back-exercise> JSON script with "__proto__" inside per-level reps',
      () =>
        element(
          'back-exercise',
          {},
          jsonScript(
            JSON.stringify(setPath(validExercise(), 'dose.reps', { beginner: 1, intermediate: 2, advanced: 3 })).replace(
              '"reps":{',
              '"reps":{"__proto__":{"polluted":1},',
            ),
            true,
          ),
        ),
      { error: 'dose.reps.__proto__' },
    );
    jsonCase(
      '<routine-player> JSON script with "__proto__" inside an item',
      () => element('routine-player', {}, jsonScript('{"id":"r","name":"R","items":[{"exercise":"half-crunch","__proto__":{"pace":"done"}}]}', true)),
      { error: 'items[0].__proto__' },
    );
    jsonCase(
      '<routine-player> JSON script with "__proto__" inside an item dose',
      () => element('routine-player', {}, jsonScript('{"id":"r","name":"R","items":[{"exercise":"half-crunch","dose":{"__proto__":{"sets":50}}}]}', true)),
      { error: 'items[0].dose.__proto__' },
    );
    jsonCase(
      '<routine-player> data whose item is the id "__proto__"',
      () => Object.assign(element('routine-player'), { data: { id: 'r', name: 'R', items: ['__proto__'] } }),
      { error: 'items[0]' },
    );
    jsonCase(
      '<routine-player> data whose item is the id "constructor"',
      () => Object.assign(element('routine-player'), { data: { id: 'r', name: 'R', items: [{ exercise: 'constructor' }] } }),
      { error: 'items[0].exercise' },
    );
    jsonCase(
      '<back-exercise> data inheriting a markup name from its prototype',
      () => {
        const { name, ...rest } = validExercise();
        void name;
        return Object.assign(element('back-exercise'), { data: Object.assign(Object.create({ name: '<img data-hostile src=x onerror=window.__hostileRan=1>' }), rest) });
      },
      { error: 'name' },
    );
    jsonCase(
      '<back-exercise> data with no prototype at all',
      () => Object.assign(element('back-exercise', { 'no-timer': '' }), { data: Object.assign(Object.create(null), validExercise()) }),
      {
        fallback: 'read like any plain object: shown normally',
        accepted: true,
      },
    );

    it('<routine-player remember> with saved progress holding "__proto__" → not offered, nothing polluted', async () => {
      localStorage.setItem(
        'back-exercise-elements:progress:lower-back-stretches',
        '{"__proto__":{"level":"beginner","segmentIndex":0,"exerciseIndex":0,"savedAt":0,"polluted":"yes"}}',
      );
      localStorage.setItem('back-exercise-elements:history:lower-back-stretches', '[{"__proto__":{"polluted":"yes"},"date":"2020-01-01","completed":true}]');
      const el = await mount(context, element('routine-player', { routine: 'lower-back-stretches', remember: '', cues: 'none' }));
      await settle(context);
      await expectSafe(context, el, {
        fallback: 'the saved progress is not offered',
        check: () => {
          expect(el.shadowRoot!.querySelector('[part~="offer"]'), 'no resume offer').to.equal(null);
        },
      });
    });
  });
});
