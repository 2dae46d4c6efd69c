// Writes the JSX and template types of the elements for React 19, Preact, Solid, Vue 3 and
// Svelte 5 from custom-elements.json:
//
//   node scripts/framework-types.mjs              writes dist/frameworks/{react,preact,solid,vue,svelte}.d.ts
//   node scripts/framework-types.mjs --out DIR    writes them to DIR instead
//
// `npm run build` runs it after tsc. Each file imports the element and event classes from
// `../index.js` (dist/index.d.ts), so a property's type is the class's own (`BackExercise['level']`)
// and the manifest's type text only documents it. What each framework does with a prop decides
// its type: React 19 and Preact set a property when the element has one and an attribute
// otherwise; Solid sets a property for every plain prop of a custom element; Vue's tooling
// camelises kebab-case names; Svelte sets a property when there is a setter. The comments on
// each writer below say which rule it follows.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Event classes the analyzer gets wrong, by tag and event name. The analyzer reads them from
 * `@fires {Class} name` and currently names every one of our 12 classes correctly, so there
 * is nothing to fix; an entry here wins over the manifest, e.g.
 * `'hold-timer': { 'hold-timer-start': 'HoldTimerStartEvent' }`.
 */
const EVENT_TYPE_FIXES = {};

/** Types that say nothing about an event's payload: one of these without a fix above is an error. */
const GENERIC_EVENT_TYPES = new Set(['', 'Event', 'CustomEvent', 'CustomEvent<unknown>', 'CustomEvent<any>']);

/** The three elements as the frameworks see them, read from the manifest. */
export function readElements(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const tag = declaration.tagName;
      const className = declaration.name;
      const fields = (declaration.members ?? []).filter(
        (member) =>
          member.kind === 'field' &&
          !member.static &&
          !member.readonly &&
          (member.privacy === undefined || member.privacy === 'public') &&
          !member.name.startsWith('_') &&
          !member.name.startsWith('#'),
      );
      const properties = fields.map((field) => ({
        name: field.name,
        type: field.type?.text ?? 'unknown',
        description: field.description ?? '',
        attribute: field.attribute,
      }));
      const attributes = (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        field: attribute.fieldName,
        type: attribute.type?.text ?? 'string',
        description: attribute.description ?? '',
      }));
      const events = (declaration.events ?? []).map((event) => {
        const fixed = EVENT_TYPE_FIXES[tag]?.[event.name];
        const type = fixed ?? event.type?.text?.trim() ?? '';
        if (GENERIC_EVENT_TYPES.has(type) || !/^[A-Z]\w*$/.test(type)) {
          throw new Error(
            `custom-elements.json: <${tag}> event ${event.name} has type "${type}"; ` +
              'add its class to EVENT_TYPE_FIXES in scripts/framework-types.mjs',
          );
        }
        return { name: event.name, type, description: event.description ?? '' };
      });
      elements.push({ tag, className, description: declaration.summary ?? '', properties, attributes, events });
    }
  }
  elements.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  if (elements.length === 0) throw new Error('custom-elements.json lists no custom element');
  return elements;
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the writers

/** `hold-timer-complete` → `HoldTimerComplete`. */
const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());

/** A property key, quoted when it is not an identifier. */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** A JSDoc comment from the manifest's description, with the type text it gives. */
function doc(description, extra, indent) {
  const lines = [...(description ? description.split('\n') : []), ...(extra ? [extra] : [])];
  if (lines.length === 0) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0].replace(/\*\//g, '*\\/')} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line.replace(/\*\//g, '*\\/')}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

const propertyType = (element, name) => `${element.className}['${name}']`;

/** The attributes whose name is not that of their property (`heading-level`, `no-timer`, …). */
const kebabAttributes = (element) => element.attributes.filter((attribute) => attribute.name !== attribute.field);

/** The value an attribute takes, from its property's type: see `AttributeValue` in the output. */
function attributeType(element, attribute) {
  if (attribute.field && element.properties.some((property) => property.name === attribute.field)) {
    return `AttributeValue<${propertyType(element, attribute.field)}>`;
  }
  return attribute.type === 'boolean' ? 'boolean' : 'string';
}

const isBoolean = (attribute) => attribute.type === 'boolean';

/** The import of our element and event classes that every declaration file starts with. */
function importClasses(elements) {
  return `import type {\n${classImports(elements).map((name) => `  ${name},`).join('\n')}\n} from '../index.js';\n\n`;
}

/** The augmentation that makes each tag an intrinsic element: `scope` is `module 'react'` or `global`. */
function intrinsicElements(elements, scope, namespace, propsSuffix) {
  const entries = elements.map((element) => `      '${element.tag}': Intrinsic<${element.className}, ${element.className}${propsSuffix}>;`);
  return `\ndeclare ${scope} {\n  namespace ${namespace} {\n    interface IntrinsicElements {\n${entries.join('\n')}\n    }\n  }\n}\n\nexport {};\n`;
}

function classImports(elements) {
  const names = new Set();
  for (const element of elements) {
    names.add(element.className);
    for (const event of element.events) names.add(event.type);
  }
  return [...names].sort();
}

const HEADER = (framework, usage) =>
  `// Generated by scripts/framework-types.mjs from custom-elements.json; do not edit.\n` +
  `//\n// ${framework}\n//\n${usage.map((line) => `// ${line}`.trimEnd()).join('\n')}\n`;

const ATTRIBUTE_VALUE = `/**
 * What an attribute written in markup takes, from its property's type: true or false for a
 * boolean, the words of a choice (\`'auto'\`), text for text, and a number or its digits.
 */
type AttributeValue<T> = T extends boolean
  ? boolean
  : T extends string
    ? T
    : T extends number
      ? number | \`\${number}\`
      : never;
`;

/**
 * One props interface per element: the lines of its members, then the IntrinsicElements entry.
 * `members(element)` returns [{ name, type, description }].
 */
function propsInterfaces(elements, frameworkName, members) {
  return elements
    .map((element) => {
      const lines = members(element).map(
        (member) => `${doc(member.description, member.note, '  ')}  ${key(member.name)}?: ${member.type};`,
      );
      return (
        doc(`The props of \`<${element.tag}>\` in ${frameworkName}.`, '', '') +
        `export interface ${element.className}${frameworkName.replace(/\W.*$/, '')}Props {\n${lines.join('\n')}\n}\n`
      );
    })
    .join('\n');
}

/** `on` + each event's exact name, typed with the `Handler` the file declares (React 19, Preact). */
function onEventMembers(element) {
  return element.events.map((event) => ({
    name: `on${event.name}`,
    type: `Handler<${event.type}, ${element.className}>`,
    description: `\`${event.name}\`: ${event.description}`,
  }));
}

function propertyMembers(element, filter = () => true) {
  return element.properties.filter(filter).map((property) => ({
    name: property.name,
    type: propertyType(element, property.name),
    description: property.description,
    note: property.attribute ? `Attribute \`${property.attribute}\`; type \`${property.type}\`.` : `Property only; type \`${property.type}\`.`,
  }));
}

// ---------------------------------------------------------------------------------------------
// React 19: a prop names a property when `name in element`, else an attribute (`true` → "",
// false/null → removed); `on` + the exact event name adds a listener for that event.

function react(elements) {
  const members = (element) => [
    ...propertyMembers(element),
    ...kebabAttributes(element).map((attribute) => ({
      name: attribute.name,
      type: attributeType(element, attribute),
      description: attribute.description,
      note: `Type \`${attribute.type}\`.`,
    })),
    ...onEventMembers(element),
  ];
  return (
    HEADER('React 19 JSX: the plain tags with their attributes, properties and events.', [
      "In a .tsx file or a global .d.ts: import type {} from 'back-exercise-elements/frameworks/react';",
      'React 19 sets a prop as a property when the element has one (data, level, headingLevel, …),',
      'as an attribute otherwise (heading-level, no-timer, …), and listens for an event through',
      'on + its exact name: onhold-timer-complete={(event) => event.summary}.',
      'Define the elements before React renders them (import "back-exercise-elements/define.js").',
    ]) +
    `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n` +
    importClasses(elements) +
    ATTRIBUTE_VALUE +
    `\n/** A listener for one of our events, on the element it was added to. */\n` +
    `type Handler<E extends Event, T extends EventTarget> = (event: E & { readonly currentTarget: T }) => void;\n\n` +
    `type Intrinsic<T extends HTMLElement, P> = Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, keyof P> & P;\n\n` +
    propsInterfaces(elements, 'React 19', members) +
    intrinsicElements(elements, "module 'react'", 'JSX', 'ReactProps')
  );
}

// ---------------------------------------------------------------------------------------------
// Preact (10 with its dom types, and 11): a prop is a property when `name in element`, else an
// attribute; false removes an attribute unless its fifth letter is '-' (as in `aria-`, `data-`),
// when it is written "false": so `each-side={false}` would turn the property on, and is typed
// `true` (write `eachSide={…}` for a value that can be false). `on` + the event name listens.

function preact(elements) {
  const members = (element) => [
    ...propertyMembers(element),
    ...kebabAttributes(element).map((attribute) => ({
      name: attribute.name,
      type: isBoolean(attribute) && attribute.name[4] === '-' ? 'true' : attributeType(element, attribute),
      description:
        attribute.description +
        (isBoolean(attribute) && attribute.name[4] === '-' ? `\nPreact writes false as "false": use \`${attribute.field}={…}\` for a value.` : ''),
      note: `Type \`${attribute.type}\`.`,
    })),
    ...onEventMembers(element),
  ];
  return (
    HEADER('Preact JSX: the tags with their attributes, properties and events.', [
      "In a .tsx file or a global .d.ts: import type {} from 'back-exercise-elements/frameworks/preact';",
      'Preact sets a prop as a property when the element has one, as an attribute otherwise, and',
      'listens for an event through on + its name: onhold-timer-complete={(event) => event.summary}.',
    ]) +
    `import type { HTMLAttributes } from 'preact';\n` +
    importClasses(elements) +
    ATTRIBUTE_VALUE +
    `\n/** A listener for one of our events, on the element it was added to. */\n` +
    `type Handler<E extends Event, T extends EventTarget> = (event: E & { readonly currentTarget: T }) => void;\n\n` +
    `type Intrinsic<T extends HTMLElement, P> = Omit<HTMLAttributes<T>, keyof P> & P;\n\n` +
    propsInterfaces(elements, 'Preact', members) +
    intrinsicElements(elements, "module 'preact'", 'JSX', 'PreactProps')
  );
}

// ---------------------------------------------------------------------------------------------
// Solid (1.9): on a custom element every plain prop is set as a property, its name lowercased
// and camelised from kebab-case: `heading-level={2}` sets `headingLevel`, but `headingLevel`
// would set `headinglevel`, so multi-word properties are offered in kebab-case or as
// `prop:headingLevel`. `attr:` writes an attribute as text (false as "false"), `bool:` a
// boolean one (present or not), `on:` listens.

function solid(elements) {
  const members = (element) => {
    const lowercase = (name) => name === name.toLowerCase();
    return [
      ...propertyMembers(element, (property) => lowercase(property.name)),
      ...kebabAttributes(element)
        .filter((attribute) => attribute.field)
        .map((attribute) => ({
          name: attribute.name,
          type: propertyType(element, attribute.field),
          description: `${attribute.description}\nSolid sets the property \`${attribute.field}\`.`,
          note: `Type \`${attribute.type}\`.`,
        })),
      ...element.properties.map((property) => ({
        name: `prop:${property.name}`,
        type: propertyType(element, property.name),
        description: property.description,
        note: `Type \`${property.type}\`.`,
      })),
      // `attr:` writes any value as text, false as "false": a boolean attribute goes through `bool:`.
      ...element.attributes.map((attribute) => ({
        name: `attr:${attribute.name}`,
        type: isBoolean(attribute) ? "true | ''" : attributeType(element, attribute),
        description: attribute.description + (isBoolean(attribute) ? `\nFor a value that can be false, use \`bool:${attribute.name}={…}\`.` : ''),
        note: `Type \`${attribute.type}\`.`,
      })),
      ...element.attributes.filter(isBoolean).map((attribute) => ({
        name: `bool:${attribute.name}`,
        type: 'boolean',
        description: attribute.description,
      })),
      ...element.events.map((event) => ({
        name: `on:${event.name}`,
        type: `JSX.EventHandlerWithOptionsUnion<${element.className}, ${event.type}>`,
        description: `\`${event.name}\`: ${event.description}`,
      })),
    ];
  };
  return (
    HEADER('Solid JSX: the tags with their properties, attributes and events.', [
      "In a .tsx file or a global .d.ts: import type {} from 'back-exercise-elements/frameworks/solid';",
      'On a custom element Solid sets every plain prop as a property, camelising kebab-case names:',
      'write level="advanced", data={exercise}, heading-level={2} (or prop:headingLevel={2}),',
      'attr:heading-level="2" for the attribute, and on:hold-timer-complete={(event) => event.summary}.',
    ]) +
    `import type { JSX } from 'solid-js';\n` +
    importClasses(elements) +
    ATTRIBUTE_VALUE +
    `\ntype Intrinsic<T extends HTMLElement, P> = Omit<JSX.HTMLAttributes<T>, keyof P> & P;\n\n` +
    propsInterfaces(elements, 'Solid', members) +
    intrinsicElements(elements, "module 'solid-js'", 'JSX', 'SolidProps')
  );
}

// ---------------------------------------------------------------------------------------------
// Vue 3.3+: GlobalComponents, augmented on 'vue', gives the templates' tooling each tag as a
// component whose instance is the element and whose `$props` are its props. The tooling
// camelises kebab-case names, so `headingLevel` stands for both `:headingLevel="2"` (the
// property) and `heading-level="2"` (the attribute, text). `@hold-timer-complete` is the prop
// `onHoldTimerComplete`, which Vue turns back into a listener for `hold-timer-complete`.

function vue(elements) {
  const members = (element) => [
    ...element.properties.map((property) => {
      const attribute = element.attributes.find((candidate) => candidate.field === property.name);
      const kebab = attribute && attribute.name !== property.name;
      return {
        name: property.name,
        type: kebab
          ? `${propertyType(element, property.name)} | AttributeValue<${propertyType(element, property.name)}>`
          : propertyType(element, property.name),
        note: `Type \`${property.type}\`.`,
        description: property.description + (kebab ? `\nIn a template also \`${attribute.name}="…"\` (the attribute).` : ''),
      };
    }),
    ...element.events.map((event) => ({
      name: `on${pascal(event.name)}`,
      type: `(event: ${event.type}) => void`,
      description: `\`@${event.name}\`: ${event.description}`,
    })),
  ];
  return (
    HEADER('Vue 3 templates: the tags as global components, for Vue\'s language tools (vue-tsc, Volar).', [
      "In a global .d.ts or your main .ts: import type {} from 'back-exercise-elements/frameworks/vue';",
      "Let the compiler treat them as custom elements: compilerOptions.isCustomElement: (tag) => tag.includes('-').",
      'Vue sets a bound prop as a property when the element has one (:data="exercise"), an attribute',
      'otherwise (heading-level="2"), and @hold-timer-complete="(event) => …" listens for the event.',
    ]) +
    `import type { HTMLAttributes, ReservedProps } from 'vue';\n` +
    importClasses(elements) +
    ATTRIBUTE_VALUE +
    `\n/** A tag as a Vue component: its instance is the element, its props what a template may bind. */\n` +
    `type ElementComponent<T extends HTMLElement, P> = new () => T & {\n` +
    `  $props: Omit<HTMLAttributes, keyof P> & ReservedProps & P;\n};\n\n` +
    propsInterfaces(elements, 'Vue', members) +
    `\ndeclare module 'vue' {\n  interface GlobalComponents {\n` +
    elements
      .map((element) => `    '${element.tag}': ElementComponent<${element.className}, ${element.className}VueProps>;`)
      .join('\n') +
    `\n  }\n}\n\nexport {};\n`
  );
}

// ---------------------------------------------------------------------------------------------
// Svelte 5: a prop is set as a property when the element has a setter for it, otherwise as an
// attribute, turned into text, so `no-timer={false}` would be "false" and turn it on: kebab-case
// boolean attributes are typed as present (`true`), and a value that can be false goes through
// the property (`noTimer={…}`). `onhold-timer-complete={…}` (Svelte 5) and the older
// `on:hold-timer-complete={…}` both listen.

function svelte(elements) {
  const members = (element) => [
    ...propertyMembers(element),
    ...kebabAttributes(element).map((attribute) => ({
      name: attribute.name,
      type: isBoolean(attribute) ? "true | ''" : attributeType(element, attribute),
      description: attribute.description + (isBoolean(attribute) && attribute.field ? `\nFor a value that can be false, use \`${attribute.field}={…}\`.` : ''),
      note: `Type \`${attribute.type}\`.`,
    })),
    ...element.events.flatMap((event) => [
      {
        name: `on${event.name}`,
        type: `Handler<${event.type}, ${element.className}> | null`,
        description: `\`${event.name}\`: ${event.description}`,
      },
      {
        name: `on:${event.name}`,
        type: `Handler<${event.type}, ${element.className}> | null`,
        description: `\`${event.name}\` (the \`on:\` directive of Svelte 4 and legacy mode).`,
      },
    ]),
  ];
  return (
    HEADER('Svelte 5: the tags in svelteHTML, for svelte-check and the Svelte language tools.', [
      "In a global .d.ts or your main .ts: import type {} from 'back-exercise-elements/frameworks/svelte';",
      'Svelte sets a prop as a property when the element has a setter (data, level, headingLevel),',
      'an attribute otherwise (heading-level="2"); onhold-timer-complete={(event) => event.summary} listens.',
    ]) +
    `import type { HTMLAttributes } from 'svelte/elements';\n` +
    importClasses(elements) +
    ATTRIBUTE_VALUE +
    `\n/** A listener for one of our events, on the element it was added to. */\n` +
    `type Handler<E extends Event, T extends EventTarget> = (event: E & { readonly currentTarget: EventTarget & T }) => unknown;\n\n` +
    `type Intrinsic<T extends HTMLElement, P> = Omit<HTMLAttributes<T>, keyof P> & P;\n\n` +
    propsInterfaces(elements, 'Svelte', members) +
    intrinsicElements(elements, 'global', 'svelteHTML', 'SvelteProps')
  );
}

export const WRITERS = { react, preact, solid, vue, svelte };

/**
 * Writes the five declaration files into `outDir` from the manifest at `manifestPath`.
 * `extension` '.ts' writes the same text as TypeScript modules, which tsc checks in full
 * even with skipLibCheck (scripts/check-framework-types.mjs does that).
 */
export async function writeFrameworkTypes({
  manifestPath = join(root, 'custom-elements.json'),
  outDir = join(root, 'dist', 'frameworks'),
  extension = '.d.ts',
} = {}) {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const elements = readElements(manifest);
  await mkdir(outDir, { recursive: true });
  const written = [];
  for (const [name, write] of Object.entries(WRITERS)) {
    const file = join(outDir, `${name}${extension}`);
    await writeFile(file, write(elements));
    written.push(file);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : undefined;
  const written = await writeFrameworkTypes(outDir ? { outDir } : {});
  console.log(`framework types: ${written.length} files in ${outDir ?? 'dist/frameworks'}`);
}
