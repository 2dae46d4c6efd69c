// API tables of one custom element, generated from custom-elements.json: attributes and
// properties, events with their fields, slots, CSS parts, custom properties with defaults,
// and methods. Descriptions are markdown (inline) in the manifest.
import { Marked } from 'marked';
import { eventFields, interfaceFields, sourceOf } from './event-fields.mjs';

const inline = new Marked({ async: false });
const md = (text) => (text ? inline.parseInline(String(text)) : '');
export const escapeHTML = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const code = (text) => (text === undefined || text === null || text === '' ? '' : `<code>${escapeHTML(text)}</code>`);

/** Every custom element declared in the manifest: `{ tagName, declaration, modulePath }`. */
export function elementsOf(manifest) {
  const found = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) found.push({ tagName: declaration.tagName, declaration, modulePath: module.path });
    }
  }
  return found.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** A class declaration of the manifest by name, with the module it is in. */
function findClass(manifest, name) {
  for (const module of manifest.modules ?? []) {
    const declaration = (module.declarations ?? []).find((d) => d.kind === 'class' && d.name === name);
    if (declaration) return { declaration, modulePath: module.path };
  }
  return null;
}

const isPublic = (member) =>
  !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#') && !member.name.startsWith('_');

/**
 * The default written in a description, for entries without a `default` field: "Default: 12rem.",
 * "Default `beep vibrate`.", "(default 3)" or "`auto` (the default…".
 */
const DEFAULT_IN_TEXT = [/\s*Default(?::\s*|\s+)(`[^`]+`|.+?)\.?\s*$/, /\s*\(default ([^)]+)\)/, /`([^`]+)` \(the default\b/];
export function defaultOf(entry) {
  const given = entry.default;
  if (given !== undefined && given !== null && given !== 'null' && given !== 'undefined' && given !== '') return given;
  for (const pattern of DEFAULT_IN_TEXT) {
    const match = pattern.exec(entry.description ?? '');
    if (match) return match[1].replace(/^`|`$/g, '');
  }
  return given === 'null' ? 'null' : '';
}
const withoutDefaultSentence = (description = '') => description.replace(DEFAULT_IN_TEXT[0], '').trim();

const table = (id, title, headings, rows, intro = '') =>
  rows.length === 0
    ? ''
    : `<h3 id="${id}">${title}</h3>\n${intro}<div class="table"><table data-api="${id}">\n<thead><tr>${headings
        .map((h) => `<th scope="col">${h}</th>`)
        .join('')}</tr></thead>\n<tbody>\n${rows
        .map((cells) => `<tr>${cells.map((c, i) => `<td data-label="${headings[i]}">${c}</td>`).join('')}</tr>`)
        .join('\n')}\n</tbody></table></div>\n`;

/** The fields of an event (and, one level down, of the interfaces they name in the same file). */
function eventDetail(manifest, typeName) {
  const found = findClass(manifest, typeName);
  if (!found) return '';
  const file = sourceOf(found.modulePath);
  const fromManifest = (found.declaration.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  const fields = fromManifest.length
    ? fromManifest.map((m) => ({ name: m.name, type: m.type?.text ?? '', description: m.description ?? '' }))
    : eventFields(file, typeName);
  if (fields.length === 0) return '<p class="none">No fields.</p>';
  const items = fields.map((field) => {
    const nested = /^[A-Z]\w*$/.test(field.type) ? interfaceFields(file, field.type) : null;
    const inner = nested
      ? `<ul>${nested.map((n) => `<li>${code(n.name)}: ${code(n.type)}${n.description ? ` — ${md(n.description)}` : ''}</li>`).join('')}</ul>`
      : '';
    return `<li><code>event.${escapeHTML(field.name)}</code>: ${code(field.type)}${field.description ? ` — ${md(field.description)}` : ''}${inner}</li>`;
  });
  return `<ul class="fields">${items.join('')}</ul>`;
}

/** The API section of one element's page, as HTML. */
export function apiTables(manifest, { declaration }) {
  const members = declaration.members ?? [];
  const attributes = declaration.attributes ?? [];
  const fieldsByName = new Map(members.filter((m) => m.kind === 'field').map((m) => [m.name, m]));

  const attributeRows = attributes.map((attribute) => {
    const field = attribute.fieldName ? fieldsByName.get(attribute.fieldName) : undefined;
    const type = attribute.type?.text ?? field?.type?.text ?? '';
    return [code(attribute.name), code(attribute.fieldName ?? ''), code(type), code(defaultOf({ ...field, ...attribute })), md(withoutDefaultSentence(attribute.description ?? field?.description))];
  });
  const attributeFields = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
  const propertyRows = members
    .filter((m) => m.kind === 'field' && isPublic(m) && !attributeFields.has(m.name))
    .map((m) => [code(m.name), code(m.type?.text ?? ''), m.readonly ? 'read-only' : code(defaultOf(m)), md(withoutDefaultSentence(m.description))]);
  const methodRows = members
    .filter((m) => m.kind === 'method' && isPublic(m))
    .map((m) => [
      `<code>${escapeHTML(m.name)}(${(m.parameters ?? []).map((p) => escapeHTML(p.name + (p.optional ? '?' : ''))).join(', ')})</code>`,
      code(m.return?.type?.text ?? 'void'),
      md(m.description),
    ]);
  const eventRows = (declaration.events ?? [])
    .filter((event) => event.name)
    .map((event) => [code(event.name), code(event.type?.text ?? 'Event'), `${md(event.description)}${event.type?.text ? eventDetail(manifest, event.type.text) : ''}`]);
  const slotRows = (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', md(slot.description)]);
  const partRows = (declaration.cssParts ?? []).map((part) => [code(part.name), md(part.description)]);
  const propertyDefaults = (declaration.cssProperties ?? []).map((property) => [
    code(property.name),
    code(defaultOf(property)),
    md(withoutDefaultSentence(property.description)),
  ]);
  const states = (declaration.cssStates ?? []).map((state) => [code(`:state(${state.name})`), md(state.description)]);

  return [
    '<section class="api" id="api">\n<h2>API</h2>\n<p class="generated">Generated from <code>custom-elements.json</code>.</p>\n',
    table('attributes', 'Attributes', ['attribute', 'property', 'type', 'default', 'description'], attributeRows),
    table('properties', 'Properties', ['property', 'type', 'default', 'description'], propertyRows, '<p>Set from JavaScript only; no attribute.</p>\n'),
    table('methods', 'Methods', ['method', 'returns', 'description'], methodRows),
    table(
      'events',
      'Events',
      ['event', 'class', 'description and fields'],
      eventRows,
      '<p>Each is an <code>Event</code> subclass with typed fields (read <code>event.summary</code>, not <code>event.detail</code>); it bubbles and is not composed.</p>\n',
    ),
    table('slots', 'Slots', ['slot', 'description'], slotRows),
    table('css-parts', 'CSS parts', ['part', 'description'], partRows, '<p>Style them with <code>::part(name)</code>.</p>\n'),
    table('custom-properties', 'CSS custom properties', ['property', 'default', 'description'], propertyDefaults),
    table('custom-states', 'Custom states', ['state', 'description'], states),
    '</section>\n',
  ].join('');
}
