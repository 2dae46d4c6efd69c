/**
 * The WordPress plugin's checks give the elements' verdicts. Every shortcode attribute the
 * elements also read, at its boundary values and with hostile and non-Latin text, goes through
 * the plugin's PHP (php-cli, without WordPress: test/wordpress/php-checks-plugin.mjs) and through
 * the element itself in the browser: both accept it, or both refuse it naming the same fields.
 * What PHP prints for an accepted case is then accepted by the element too.
 *
 * The clinic's advice for the Routine player block goes through the block editor's own script
 * (blocks/editor.js, on stand-ins for WordPress's `wp.*`) and through the PHP that prints the page:
 * the preview's paragraphs are the page's.
 *
 * Skipped, with the reason, when there is no `php` command (CI installs php-cli first).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/define.js';
import { MARKUP, SCRIPT_TEXT } from '../hostile/inputs.js';
import { ADVICE, HTML_ADVICE, TEXTS, attributeCases, documentedDifferences, type ParityCase } from './parity-cases.js';

interface PhpRender {
  problems: string[];
  html: string;
}
type PhpAnswer = { missing: string } | { version: string; results: (PhpRender | { lines: string[] } | { html: string })[] };
type PhpCase =
  | { render: string; attributes: Record<string, string | true> }
  | { advice: 'html' | 'block'; text: string }
  | { player: 'html' | 'block'; text: string };

const TAGS = { hold_timer: 'hold-timer', back_exercise: 'back-exercise', routine_player: 'routine-player' } as const;

/**
 * The bytes PHP gets for a string, base64: UTF-8, except that a lone surrogate is written as the
 * three bytes of its code point (WTF-8), which is not valid UTF-8; PHP's stand-in for the broken text.
 */
function wtf8Base64(text: string): string {
  let bytes = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x80) bytes += String.fromCharCode(code);
    else if (code < 0x800) bytes += String.fromCharCode(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes += String.fromCharCode(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else bytes += String.fromCharCode(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return btoa(bytes);
}

/** The field a problem line names: what comes before its first ": " (`hold, reps, sets` for a whole dose). */
const fieldOf = (line: string) => line.trim().split(': ')[0];

/** The fields an element names in its visible errors, its inner timer's included; none when it is valid. */
function elementFields(el: Element): string[] {
  const fields = new Set<string>();
  const visit = (root: ShadowRoot) => {
    for (const item of root.querySelectorAll('[part~="error"] li')) fields.add(fieldOf(item.textContent ?? ''));
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return [...fields].sort();
}

/** Lets every element on `stage`, nested ones included, finish its updates. */
async function settle(stage: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    const pending: Promise<unknown>[] = [];
    const visit = (root: Element | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        const update = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        if (update) pending.push(update);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(stage);
    await Promise.all(pending);
  }
}

/** Mounts the elements `make` builds, a batch at a time, and reads each one's verdict. */
async function verdicts(count: number, make: (index: number) => Element): Promise<string[][]> {
  const stage = document.createElement('div');
  document.body.append(stage);
  const found: string[][] = [];
  try {
    for (let start = 0; start < count; start += 40) {
      const batch = Array.from({ length: Math.min(40, count - start) }, (_, offset) => make(start + offset));
      stage.replaceChildren(...batch);
      await settle(stage);
      found.push(...batch.map(elementFields));
    }
  } finally {
    stage.remove();
  }
  return found;
}

/** The element a case describes, its attributes set as an HTML page would set them. */
function elementFor(testCase: ParityCase): Element {
  const el = document.createElement(TAGS[testCase.shortcode]);
  for (const [name, value] of Object.entries(testCase.attributes)) el.setAttribute(name, value === true ? '' : value);
  return el;
}

/** The element PHP printed, parsed as a page's HTML. */
function parsed(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
}

const shown = (testCase: ParityCase) =>
  `[${testCase.shortcode} ${Object.entries(testCase.attributes)
    .map(([name, value]) => (value === true ? name : `${name}=${JSON.stringify(value.length > 24 ? `${value.slice(0, 21)}…` : value)}`))
    .join(' ')}]`;

async function runPhp(cases: PhpCase[]): Promise<PhpAnswer> {
  return executeServerCommand<PhpAnswer, { cases: PhpCase[] }>('php-checks', { cases });
}

/** An element (of stand-ins for WordPress's block editor) as editor.js builds it. */
interface EditorNode {
  type: unknown;
  props: Record<string, unknown>;
  children: unknown[];
}
interface BlockSettings {
  edit(props: { attributes: Record<string, unknown>; setAttributes(changes: Record<string, unknown>): void }): EditorNode;
}

/** Loads blocks/editor.js on stand-ins for `wp.*` and returns the blocks it registers. */
async function loadEditorScript(): Promise<Map<string, BlockSettings>> {
  const blocks = new Map<string, BlockSettings>();
  const globals = window as unknown as Record<string, unknown>;
  globals.wp = {
    element: {
      createElement: (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => ({ type, props: props ?? {}, children: children.flat(9) }),
      useEffect: () => {},
      useRef: () => ({ current: null }),
    },
    i18n: { __: (text: string) => text },
    blockEditor: { InspectorControls: 'InspectorControls', useBlockProps: (props: unknown) => props },
    components: { PanelBody: 'PanelBody', SelectControl: 'SelectControl', ToggleControl: 'ToggleControl', TextareaControl: 'TextareaControl' },
    blocks: { registerBlockType: (name: string, settings: BlockSettings) => blocks.set(name, settings) },
  };
  globals.backExerciseElements = { bundle: '', exercises: [], routines: [] };
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/wordpress/back-exercise-elements/blocks/editor.js';
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
    document.head.append(script);
  });
  return blocks;
}

function findNodes(node: unknown, test: (node: EditorNode) => boolean, found: EditorNode[] = []): EditorNode[] {
  if (typeof node !== 'object' || node === null || !('props' in node)) return found;
  const editorNode = node as EditorNode;
  if (test(editorNode)) found.push(editorNode);
  for (const child of editorNode.children) findNodes(child, test, found);
  return found;
}

describe('WordPress: the PHP checks give the elements’ verdicts', function () {
  // About 700 elements are made and read; php-cli answers all cases in one run.
  this.timeout(120_000);
  const cases = attributeCases();
  const differences = documentedDifferences();
  let php: Extract<PhpAnswer, { version: string }> | undefined;
  let missing = '';
  let warned = false;
  let consoleError: sinon.SinonStub;

  before(async () => {
    const all = [...cases, ...differences];
    const answer = await runPhp(all.map((testCase) => ({ render: testCase.shortcode, attributes: encode(testCase.attributes) })));
    if ('missing' in answer) missing = answer.missing;
    else php = answer;
  });
  beforeEach(function () {
    if (missing) {
      if (!warned) console.warn(`php-parity: skipped, ${missing}`);
      warned = true;
      this.skip();
    }
    // Every refused case logs its problems, as it should; the test reads them from the page.
    consoleError = sinon.stub(console, 'error');
  });
  afterEach(() => consoleError?.restore());

  const encode = (attributes: Record<string, string | true>): Record<string, string | true> =>
    Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, value === true ? true : wtf8Base64(value)]));

  const phpFields = (index: number) => [...new Set((php!.results[index] as PhpRender).problems.map(fieldOf))].sort();

  const groups = [...new Set(cases.map((testCase) => testCase.group))];
  for (const group of groups) {
    it(`${group}: the same verdict and the same fields named`, async () => {
      const indexes = cases.flatMap((testCase, index) => (testCase.group === group ? [index] : []));
      const found = await verdicts(indexes.length, (n) => elementFor(cases[indexes[n]]));
      const disagreements = indexes.flatMap((index, n) => {
        const fromPhp = phpFields(index);
        return JSON.stringify(fromPhp) === JSON.stringify(found[n]) ? [] : [`${shown(cases[index])}: PHP ${JSON.stringify(fromPhp)}, element ${JSON.stringify(found[n])}`];
      });
      expect(disagreements, `PHP ${php!.version}, ${indexes.length} cases`).to.deep.equal([]);
      // The group really tries both verdicts.
      expect(indexes.some((index) => phpFields(index).length === 0), 'some case is accepted').to.equal(true);
      expect(indexes.some((index) => phpFields(index).length > 0) || group.includes('both accept'), 'some case is refused').to.equal(true);
    });
  }

  it('what PHP prints for every accepted case, the element accepts as it is', async () => {
    const accepted = cases.flatMap((_, index) => (phpFields(index).length === 0 ? [index] : []));
    const found = await verdicts(accepted.length, (n) => parsed((php!.results[accepted[n]] as PhpRender).html));
    const refused = accepted.flatMap((index, n) => (found[n].length > 0 ? [`${shown(cases[index])} printed, then refused: ${found[n].join(', ')}`] : []));
    expect(refused).to.deep.equal([]);
    expect(accepted.length).to.be.greaterThan(200);
  });

  it('where the shortcodes are stricter than the elements, that is exactly the documented difference', async () => {
    const offset = cases.length;
    const found = await verdicts(differences.length, (n) => elementFor(differences[n]));
    const unexpected = differences.flatMap((testCase, n) => {
      const fromPhp = [...new Set((php!.results[offset + n] as PhpRender).problems.map(fieldOf))].sort();
      const ok = JSON.stringify(fromPhp) === JSON.stringify(testCase.phpNames) && JSON.stringify(found[n]) === JSON.stringify(testCase.elementNames);
      return ok ? [] : [`${shown(testCase)} (${testCase.group}): PHP ${JSON.stringify(fromPhp)}, element ${JSON.stringify(found[n])}`];
    });
    expect(unexpected).to.deep.equal([]);
  });

  it('the hostile and non-Latin texts are all among the label cases', () => {
    const labels = new Set(cases.filter((testCase) => testCase.group.startsWith('[hold_timer label')).map((testCase) => testCase.attributes.label));
    for (const text of [...MARKUP, ...SCRIPT_TEXT].map((payload) => payload.text)) expect(labels.has(text), text).to.equal(true);
    expect(TEXTS.length).to.be.greaterThan(100);
  });
});

describe('WordPress: the Routine player block’s advice, in the editor’s preview and on the page', function () {
  this.timeout(60_000);
  let blocks: Map<string, BlockSettings>;

  before(async () => {
    blocks = await loadEditorScript();
  });

  /** What the editor saves for a typed text, what its field then shows, and its preview's paragraphs. */
  function editor(typed: string) {
    const edit = blocks.get('back-exercise-elements/routine-player')!.edit;
    const attributes: Record<string, unknown> = { routine: 'lower-back', level: 'beginner', cues: '', remember: false, rate: false, safetyAdvice: '' };
    const setAttributes = (changes: Record<string, unknown>) => Object.assign(attributes, changes);
    const field = () => findNodes(edit({ attributes, setAttributes }), (node) => node.type === 'TextareaControl')[0];
    (field().props.onChange as (value: string) => void)(typed);
    const tree = edit({ attributes, setAttributes });
    const player = findNodes(tree, (node) => node.type === 'routine-player')[0];
    const preview = player.children.map((paragraph) => {
      const node = paragraph as EditorNode;
      expect(node.type).to.equal('p');
      expect(node.props.slot).to.equal('safety-advice');
      return node.children.join('');
    });
    return { stored: attributes.safetyAdvice as string, shownInField: field().props.value as string, preview };
  }

  it('the preview shows exactly the paragraphs the page prints, for every advice text', async function () {
    const answer = await runPhp(
      ADVICE.flatMap((advice) => {
        const { stored } = editor(advice.typed);
        return [
          { advice: 'block' as const, text: wtf8Base64(stored) },
          { player: 'block' as const, text: wtf8Base64(stored) },
        ];
      }),
    );
    if ('missing' in answer) {
      console.warn(`php-parity: skipped, ${answer.missing}`);
      this.skip();
    }
    const results = (answer as Extract<PhpAnswer, { version: string }>).results;
    ADVICE.forEach((advice, index) => {
      const { shownInField, preview } = editor(advice.typed);
      expect(shownInField, `${advice.label}: the field shows what was typed`).to.equal(advice.typed);
      expect(preview, `${advice.label}: the preview`).to.deep.equal(advice.lines);
      expect((results[index * 2] as { lines: string[] }).lines, `${advice.label}: PHP's paragraphs`).to.deep.equal(advice.lines);
      const page = parsed((results[index * 2 + 1] as { html: string }).html);
      const printed = [...page.querySelectorAll('[slot="safety-advice"]')].map((paragraph) => paragraph.textContent);
      expect(printed, `${advice.label}: the printed page`).to.deep.equal(advice.lines.length > 0 ? advice.lines : printed.slice(0, 3));
      if (advice.lines.length === 0) expect(printed).to.have.length(3, 'no advice: the player’s own three paragraphs');
      expect(page.querySelector('[slot="safety-advice"] *'), `${advice.label}: no markup from the advice`).to.equal(null);
    });
  });

  it('the text inside [routine_player] keeps every paragraph and shows markup as nothing but its text', async function () {
    const answer = await runPhp(
      HTML_ADVICE.flatMap((advice) => [
        { advice: 'html' as const, text: wtf8Base64(advice.html) },
        { player: 'html' as const, text: wtf8Base64(advice.html) },
      ]),
    );
    if ('missing' in answer) {
      console.warn(`php-parity: skipped, ${answer.missing}`);
      this.skip();
    }
    const results = (answer as Extract<PhpAnswer, { version: string }>).results;
    HTML_ADVICE.forEach((advice, index) => {
      expect((results[index * 2] as { lines: string[] }).lines, advice.label).to.deep.equal(advice.lines);
      const page = parsed((results[index * 2 + 1] as { html: string }).html);
      const printed = [...page.querySelectorAll('[slot="safety-advice"]')].map((paragraph) => paragraph.textContent);
      expect(printed, `${advice.label}: the printed page`).to.deep.equal(advice.lines);
      expect(page.querySelector('[slot="safety-advice"] *'), `${advice.label}: no markup from the advice`).to.equal(null);
    });
  });

  it('what the editor saves holds no < or > and no & but its own entities, so the HTML filter leaves it alone', () => {
    for (const advice of ADVICE) {
      const { stored } = editor(advice.typed);
      expect(stored, advice.label).not.to.match(/[<>]|&(?!(?:lt|gt|amp);)/);
    }
  });
});
