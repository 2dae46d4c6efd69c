// Writes the editor data of the package's elements, from custom-elements.json, at the package root:
//
//   vscode.html-custom-data.json  VS Code's HTML custom data (version 1.1); a project lists it in
//                                 its "html.customData" setting
//   web-types.json                JetBrains web-types; the IDE finds it through "web-types" in
//                                 package.json
//
// `npm run analyze` runs it after the analyzer; scripts/check-manifest.mjs checks that both files
// are what it writes now.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WEB_TYPES_SCHEMA = 'https://json.schemastore.org/web-types';

/** The custom elements of the manifest, in its order. */
export function customElements(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
  );
}

/** The parts of a union type's text, without `null` and `undefined` unless `keepNull`. */
function unionParts(typeText, keepNull = false) {
  return (typeText ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && (keepNull || (part !== 'null' && part !== 'undefined')));
}

const STRING_LITERAL = /^(['"])(.*)\1$/;

/** The values of a union of string literals (`'a' | 'b' | null`), or `undefined` for any other type. */
export function literalValues(typeText) {
  const parts = unionParts(typeText);
  if (parts.length === 0 || !parts.every((part) => STRING_LITERAL.test(part))) return undefined;
  return parts.map((part) => part.match(STRING_LITERAL)[2]);
}

/**
 * The type when it is made of primitives and literals only (names of the library's own types
 * mean nothing to an editor reading this file), else `undefined`. An attribute's type leaves
 * out `null`: that is the attribute left out.
 */
function simpleType(typeText, keepNull = false) {
  const parts = unionParts(typeText, keepNull);
  const simple = (part) =>
    ['string', 'number', 'boolean', 'null', 'undefined'].includes(part) || STRING_LITERAL.test(part) || /^-?\d+(\.\d+)?$/.test(part);
  return parts.length > 0 && parts.every(simple) ? parts.join(' | ') : undefined;
}

const isBoolean = (item) => item.type?.text === 'boolean';

/** The value an absent attribute stands for, as written in HTML, when there is one worth saying. */
function defaultValue(item) {
  const text = item.default;
  if (text === undefined || text === 'null' || text === 'undefined' || isBoolean(item)) return undefined;
  const literal = text.match(STRING_LITERAL);
  if (literal) return literal[2];
  return /^-?\d+(\.\d+)?$/.test(text) ? text : undefined;
}

const isPublic = (member) => (member.privacy === undefined || member.privacy === 'public') && !member.static;

function elementDescription(element) {
  return [element.summary, element.description].filter(Boolean).join('\n\n');
}

function attributeDescription(attribute) {
  const fallback = defaultValue(attribute);
  return [attribute.description ?? '', fallback === undefined ? '' : `Default: \`${fallback}\`.`].filter(Boolean).join('\n\n');
}

/** A CSS custom property's description, with its default (the manifest's `default` field) after it. */
function cssPropertyDescription(property) {
  return [property.description ?? '', property.default ? `Default: \`${property.default}\`.` : ''].filter(Boolean).join(' ');
}

/** A markdown list of named items (`name` — description) under a heading, or nothing. */
function section(title, items, name = (item) => item.name) {
  if (!items?.length) return [];
  return [`**${title}**`, items.map((item) => `- \`${name(item)}\` — ${item.description ?? ''}`.trimEnd()).join('\n')];
}

/** VS Code's data has no slots, events, parts or custom properties: the tag's description lists them. */
function vscodeTag(element) {
  const description = [
    elementDescription(element),
    ...section('Slots', element.slots, (slot) => slot.name || '(default)'),
    ...section('Events', element.events),
    ...section('CSS parts', element.cssParts),
    ...section('CSS custom properties', element.cssProperties?.map((property) => ({ ...property, description: cssPropertyDescription(property) }))),
  ].join('\n\n');
  return {
    name: element.tagName,
    description: { kind: 'markdown', value: description },
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = literalValues(attribute.type?.text);
      return {
        name: attribute.name,
        description: { kind: 'markdown', value: attributeDescription(attribute) },
        ...(values ? { values: values.map((value) => ({ name: value })) } : {}),
        ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
      };
    }),
  };
}

/** Names the package's main entry exports, following `export *` through the manifest. */
function exportedNames(manifest, path, seen = new Set()) {
  const names = new Set();
  if (seen.has(path)) return names;
  seen.add(path);
  const module = manifest.modules.find((candidate) => candidate.path === path);
  for (const entry of module?.exports ?? []) {
    if (entry.kind !== 'js') continue;
    if (entry.name === '*') {
      if (entry.declaration.module && entry.declaration.package === undefined) {
        for (const name of exportedNames(manifest, entry.declaration.module, seen)) names.add(name);
      }
    } else {
      names.add(entry.name);
    }
  }
  return names;
}

/** The path in the manifest of the package's main entry (`exports["."]`, else `module` or `main`). */
function mainModule(pkg) {
  const root = pkg.exports?.['.'];
  const target = typeof root === 'string' ? root : (root?.import ?? root?.default ?? pkg.module ?? pkg.main);
  return target?.replace(/^\.\//, '');
}

function webTypesElement(element, exported) {
  const named = (item) => ({ name: item.name, ...(item.description ? { description: item.description } : {}) });
  const attributes = (element.attributes ?? []).map((attribute) => {
    const values = literalValues(attribute.type?.text);
    const type = simpleType(attribute.type?.text);
    const fallback = defaultValue(attribute);
    let value;
    if (isBoolean(attribute)) value = { kind: 'no-value' };
    else if (values) value = { kind: 'plain', type: 'enum' };
    else value = { kind: 'plain', ...(type ? { type } : {}) };
    return {
      ...named(attribute),
      ...(fallback === undefined ? {} : { default: fallback }),
      value,
      ...(values ? { values: values.map((name) => ({ name })) } : {}),
    };
  });
  const properties = (element.members ?? [])
    .filter((member) => member.kind === 'field' && isPublic(member))
    .map((member) => {
      const type = simpleType(member.type?.text, true);
      return { ...named(member), ...(type ? { type } : {}), ...(member.readonly ? { 'read-only': true } : {}) };
    });
  const events = (element.events ?? []).map((event) => ({
    ...named(event),
    ...(event.type?.text && exported.has(event.type.text) ? { type: { name: event.type.text } } : {}),
  }));
  const js = {
    ...(properties.length ? { properties } : {}),
    ...(events.length ? { events } : {}),
  };
  const css = {
    ...(element.cssProperties?.length ? { properties: element.cssProperties.map((property) => ({ ...named(property), description: cssPropertyDescription(property) })) } : {}),
    ...(element.cssParts?.length ? { parts: element.cssParts.map(named) } : {}),
  };
  return {
    name: element.tagName,
    description: elementDescription(element),
    ...(exported.has(element.name) ? { source: { symbol: element.name } } : {}),
    attributes,
    ...(element.slots?.length ? { slots: element.slots.map(named) } : {}),
    ...(Object.keys(js).length ? { js } : {}),
    ...(Object.keys(css).length ? { css } : {}),
  };
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** The text of both files for `manifest` (custom-elements.json) and `pkg` (package.json). */
export function editorData(manifest, pkg) {
  const elements = customElements(manifest);
  const exported = exportedNames(manifest, mainModule(pkg));
  return {
    'vscode.html-custom-data.json': json({ version: 1.1, tags: elements.map(vscodeTag) }),
    'web-types.json': json({
      $schema: WEB_TYPES_SCHEMA,
      name: pkg.name,
      version: pkg.version,
      'js-types-syntax': 'typescript',
      'description-markup': 'markdown',
      contributions: { html: { elements: elements.map((element) => webTypesElement(element, exported)) } },
    }),
  };
}

/** Reads custom-elements.json and package.json from the package root. */
export function readInputs() {
  const read = (name) => JSON.parse(readFileSync(fileURLToPath(new URL(`../${name}`, import.meta.url)), 'utf8'));
  return { manifest: read('custom-elements.json'), pkg: read('package.json') };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { manifest, pkg } = readInputs();
  for (const [name, text] of Object.entries(editorData(manifest, pkg))) {
    writeFileSync(fileURLToPath(new URL(`../${name}`, import.meta.url)), text);
    process.stdout.write(`editor-data: wrote ${name}\n`);
  }
}
