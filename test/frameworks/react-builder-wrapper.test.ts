import { expect } from '@open-wc/testing';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { RoutineBuilder } from '../../src/react.js';
import type { RoutineBuilderChangeEvent } from '../../src/routine-builder/define.js';

// The @lit/react component for <routine-builder> in src/react.ts (issue 25, part 4), rendered by React
// (react-dom/client) in the page: it registers the builder, sets its properties as properties, adds no
// attribute React did not write, and hands its change event to onRoutineBuilderChange.
let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  flushSync(() => root.unmount());
  container.remove();
});

describe('React component RoutineBuilder (@lit/react)', () => {
  it('registers <routine-builder> and sets its properties', async () => {
    expect(customElements.get('routine-builder')).to.be.a('function');
    flushSync(() => root.render(createElement(RoutineBuilder, { name: 'routine', theme: 'dark' })));
    const builder = container.querySelector('routine-builder')!;
    await builder.updateComplete;
    expect(builder.theme).to.equal('dark');
    expect(builder.name).to.equal('routine');
    expect(builder.hasAttribute('theme'), 'set as a property, and the builder writes no attribute for it').to.equal(false);
    expect(getComputedStyle(builder).getPropertyValue('--_t-surface').trim(), 'dark by property').to.equal('#17191c');
  });

  it('calls onRoutineBuilderChange with the typed event when the routine changes', async () => {
    const changes: RoutineBuilderChangeEvent[] = [];
    flushSync(() => root.render(createElement(RoutineBuilder, { onRoutineBuilderChange: (event: RoutineBuilderChangeEvent) => changes.push(event) })));
    const builder = container.querySelector('routine-builder')!;
    builder.shared = { routine: { id: 'home', name: 'Week 1', items: [{ exercise: 'half-crunch' }] }, level: 'beginner', pace: 'timer' } as never;
    await builder.updateComplete;
    const field = builder.shadowRoot!.querySelector<HTMLInputElement>('#f-items-0-dose-restSeconds')!;
    field.value = '12';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await builder.updateComplete;
    expect(changes.length, 'a change reached the prop').to.be.greaterThan(0);
    const last = changes.at(-1)!;
    expect(last.type).to.equal('routine-builder-change');
    expect(last.problems).to.deep.equal([]);
    expect(last.value?.items[0]).to.deep.include({ exercise: 'half-crunch' });
  });
});
