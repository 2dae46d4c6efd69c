// The fields an event class carries (`event.summary`, `event.segment`, …), read from its TypeScript
// source: the analyzer lists only the static `eventName` of our event classes, because their fields
// are constructor parameter properties. Also reads the interfaces those fields name (a summary's
// own fields), so the page can show what `summary` holds.
import ts from 'typescript';
import { readFileSync, existsSync } from 'node:fs';

/** `dist/hold-timer/events.js` → `src/hold-timer/events.ts` (the manifest names the shipped files). */
export const sourceOf = (modulePath) => modulePath.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');

const docOf = (node, source) => {
  const ranges = ts.getLeadingCommentRanges(source.text, node.pos) ?? [];
  const doc = ranges.map((range) => source.text.slice(range.pos, range.end)).filter((text) => text.startsWith('/**')).pop();
  if (!doc) return '';
  return doc
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trim())
    .join(' ')
    .trim();
};

const cache = new Map();
function parse(file) {
  if (!cache.has(file)) {
    cache.set(file, existsSync(file) ? ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true) : null);
  }
  return cache.get(file);
}

/**
 * The public instance fields of class `className` in `file`: `{ name, type, description }[]`,
 * constructor parameter properties and declared properties alike (static ones left out).
 */
export function eventFields(file, className) {
  const source = parse(file);
  if (!source) return [];
  const found = source.statements.find((node) => ts.isClassDeclaration(node) && node.name?.text === className);
  if (!found) return [];
  const fields = [];
  for (const member of found.members) {
    const modifiers = ts.getModifiers(member) ?? [];
    const isStatic = modifiers.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    const isHidden = modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);
    if (ts.isConstructorDeclaration(member)) {
      const constructorDoc = docOf(member, source);
      for (const parameter of member.parameters) {
        const parameterModifiers = ts.getModifiers(parameter) ?? [];
        const isProperty = parameterModifiers.some((m) =>
          [ts.SyntaxKind.ReadonlyKeyword, ts.SyntaxKind.PublicKeyword].includes(m.kind),
        );
        if (!isProperty) continue;
        const name = parameter.name.getText(source);
        // A constructor's doc may describe a field as "`name`: …".
        const fromConstructor = new RegExp('`' + name + '`:\\s*([^`]*?)(?:$|(?=\\s`\\w+`:))').exec(constructorDoc)?.[1] ?? '';
        fields.push({ name, type: parameter.type?.getText(source) ?? '', description: docOf(parameter, source) || fromConstructor.trim() });
      }
    } else if (ts.isPropertyDeclaration(member) && !isStatic && !isHidden && !member.name.getText(source).startsWith('#')) {
      fields.push({ name: member.name.getText(source), type: member.type?.getText(source) ?? '', description: docOf(member, source) });
    }
  }
  return fields;
}

/** The members of interface `name` declared in `file`, or null when it is not declared there. */
export function interfaceFields(file, name) {
  const source = parse(file);
  const found = source?.statements.find((node) => ts.isInterfaceDeclaration(node) && node.name.text === name);
  if (!found) return null;
  return found.members
    .filter((member) => ts.isPropertySignature(member))
    .map((member) => ({
      name: member.name.getText(source) + (member.questionToken ? '?' : ''),
      type: member.type?.getText(source) ?? '',
      description: docOf(member, source),
    }));
}
