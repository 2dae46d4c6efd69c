// Checks custom-elements.json and the editor data made from it (npm run check:manifest):
//
// - every module path and module reference names a shipped file, `dist/…/*.js`, built from a
//   source file that exists, and none names `src/`;
// - the four elements, their public members (the documented API below among them),
//   attributes, events, slots, CSS parts and CSS custom properties all have descriptions;
// - `level`, `exercise`, `routine`, `cues`, `pace` and `theme` are union types listing their
//   values: those of the catalog, the levels and the cues read from the source, and those of
//   the properties' TypeScript types (which JSDoc `@type` tags repeat for the manifest);
// - every CSS custom property has its default in the `default` field (not in its description), and
//   `cues` has the element's real default set of cues, read from the source;
// - the classes in the manifest are exactly those that the package's entry points (package.json
//   `exports`) export: no internal class (BeepPlayer, SessionController, …) passes for API;
// - vscode.html-custom-data.json and web-types.json are what scripts/editor-data.mjs writes now,
//   and package.json points to them.
//
// - custom-elements.json is what the analyzer writes from the sources now (analyzed again without
//   writing, so that a changed export is caught by npm test, not only by CI).
//
// Run `npm run analyze` to bring the manifest and the editor data up to date.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { customElements, editorData, literalValues, readInputs } from './editor-data.mjs';
import { loadManifestValues } from './manifest-values.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const problems = [];
const fail = (message) => problems.push(message);

const { manifest, pkg } = readInputs();

// The analyzer's own CLI function, without writing: what `npm run analyze` would write now.
const { cli: analyze } = await import(new URL('../node_modules/@custom-elements-manifest/analyzer/cli.js', import.meta.url).href);
const fresh = await analyze({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
if (`${JSON.stringify(fresh, null, 2)}\n` !== readFileSync(join(root, 'custom-elements.json'), 'utf8')) {
  fail('custom-elements.json is not what the analyzer writes from the sources now: run npm run analyze and commit it');
}
const values = await loadManifestValues();

/** The elements, their classes and source files; and the API each must document. */
const ELEMENTS = {
  'back-exercise': {
    className: 'BackExercise',
    source: 'src/back-exercise/back-exercise.ts',
    api: ['exerciseData', 'dataError', 'levelDose'],
  },
  'hold-timer': {
    className: 'HoldTimer',
    source: 'src/hold-timer/hold-timer.ts',
    api: ['status', 'remaining', 'segment', 'plan', 'start', 'pause', 'resume', 'reset', 'skip'],
  },
  'routine-player': {
    className: 'RoutinePlayer',
    source: 'src/routine-player/routine-player.ts',
    api: ['state', 'routineData', 'plan', 'status', 'start', 'pause', 'resume', 'done', 'next', 'previous', 'stopForPain'],
  },
  'routine-builder': {
    className: 'RoutineBuilder',
    source: 'src/routine-builder/routine-builder.ts',
    api: ['value', 'shared', 'level', 'note', 'shareLink', 'problems', 'printHandout'],
  },
  'progress-report': {
    className: 'ProgressReport',
    source: 'src/progress-report/progress-report.ts',
    api: ['report', 'routine', 'data', 'reportData'],
  },
};

// --- Paths: the shipped files, never the sources ---------------------------------------------

/** The source file that tsconfig.build.json builds to `dist/<path>.js`, if the path has that form. */
function sourceOf(path) {
  const match = /^dist\/(.+)\.js$/.exec(path);
  return match ? `src/${match[1]}.ts` : undefined;
}

function checkPath(path, where) {
  if (path.startsWith('src/') || path.startsWith('/src/')) {
    fail(`${where}: ${path} is a source path; the manifest must describe the shipped dist/ files`);
    return;
  }
  const source = sourceOf(path);
  if (!source) fail(`${where}: ${path} is not a shipped dist/…/*.js path`);
  else if (!existsSync(`${root}${source}`)) fail(`${where}: ${path} is built from ${source}, which does not exist`);
}

/** Every `module` of a local reference (one without `package`) in `node`. */
function references(node, found = []) {
  if (Array.isArray(node)) {
    for (const item of node) references(item, found);
  } else if (node && typeof node === 'object') {
    if (typeof node.module === 'string' && node.package === undefined) found.push(node.module);
    for (const item of Object.values(node)) references(item, found);
  }
  return found;
}

for (const module of manifest.modules) {
  checkPath(module.path, 'module path');
  for (const reference of new Set(references([module.declarations, module.exports]))) {
    checkPath(reference, `reference in ${module.path}`);
  }
}

// --- Descriptions ------------------------------------------------------------------------------

const elements = new Map(customElements(manifest).map((element) => [element.tagName, element]));
const described = (item) => typeof item.description === 'string' && item.description.trim() !== '';

for (const [tagName, expected] of Object.entries(ELEMENTS)) {
  const element = elements.get(tagName);
  if (!element) {
    fail(`<${tagName}> is not in the manifest`);
    continue;
  }
  if (element.name !== expected.className) fail(`<${tagName}> is class ${element.name} in the manifest, expected ${expected.className}`);
  if (!described(element)) fail(`<${tagName}> has no description`);
  if (!element.summary?.trim()) fail(`<${tagName}> has no @summary`);
  for (const name of expected.api) {
    if (!element.members?.some((member) => member.name === name)) fail(`<${tagName}>: ${name} is missing from the manifest`);
  }
  const kinds = [
    ['member', (element.members ?? []).filter((member) => member.privacy !== 'private')],
    ['attribute', element.attributes ?? []],
    ['event', element.events ?? []],
    ['slot', element.slots ?? []],
    ['CSS part', element.cssParts ?? []],
    ['CSS custom property', element.cssProperties ?? []],
  ];
  for (const [kind, items] of kinds) {
    for (const item of items) {
      if (!described(item)) fail(`<${tagName}>: ${kind} ${item.name || '(default)'} has no description`);
    }
  }
  for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties']) {
    if (!element[kind]?.length) fail(`<${tagName}> lists no ${kind}; the analyzer no longer reads them?`);
  }
}

// --- Value lists -------------------------------------------------------------------------------

const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram(
  Object.values(ELEMENTS).map((element) => `${root}${element.source}`),
  config.options,
);
const checker = program.getTypeChecker();

/** The string literals of each property's TypeScript type, for `properties` of `className` in `file`. */
function typeScriptLiterals(file, className, properties) {
  const source = program.getSourceFile(`${root}${file}`);
  const declaration = source.statements.find((statement) => ts.isClassDeclaration(statement) && statement.name?.text === className);
  const found = new Map();
  for (const member of declaration?.members ?? []) {
    const name = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
    if (!properties.includes(name) || !ts.isPropertyDeclaration(member)) continue;
    const type = checker.getTypeAtLocation(member);
    const parts = type.isUnion() ? type.types : [type];
    found.set(
      name,
      parts.filter((part) => part.isStringLiteral()).map((part) => part.value),
    );
  }
  return found;
}

const same = (a, b) => a.length === b.length && a.every((value, index) => value === b[index]);
const sorted = (list) => [...list].sort();

/** Each element's value lists: where each comes from, and whether its order is the source's. */
const LISTS = {
  'back-exercise': { level: values.levels, exercise: values.exerciseIds, cues: values.cues, theme: 'typescript' },
  'hold-timer': { level: values.levels, cues: values.cues, theme: 'typescript' },
  'routine-player': { level: values.levels, routine: values.routineIds, cues: values.cues, pace: 'typescript', theme: 'typescript' },
  'routine-builder': { routine: values.routineIds, theme: 'typescript' },
  'progress-report': { routine: values.routineIds, theme: 'typescript' },
};

for (const [tagName, lists] of Object.entries(LISTS)) {
  const element = elements.get(tagName);
  if (!element) continue;
  const { source, className } = ELEMENTS[tagName];
  const typed = typeScriptLiterals(source, className, Object.keys(lists));
  for (const [field, expected] of Object.entries(lists)) {
    const entries = [
      ...(element.members ?? []).filter((member) => member.name === field).map((member) => [`property ${member.name}`, member]),
      ...(element.attributes ?? []).filter((attribute) => attribute.fieldName === field).map((attribute) => [`attribute ${attribute.name}`, attribute]),
    ];
    if (entries.length < 2) fail(`<${tagName}>: ${field} should be in the manifest as a property and an attribute`);
    const literals = typed.get(field) ?? [];
    for (const [what, entry] of entries) {
      const listed = literalValues(entry.type?.text);
      const where = `<${tagName}> ${what}`;
      if (!listed) {
        fail(`${where}: type ${JSON.stringify(entry.type?.text)} does not list its values`);
        continue;
      }
      if (expected === 'typescript') {
        if (!same(sorted(listed), sorted(literals))) fail(`${where}: lists ${listed.join(', ')}; its TypeScript type has ${literals.join(', ') || 'no string literals'}`);
        continue;
      }
      if (!same(listed, expected)) fail(`${where}: lists ${listed.join(', ')}; the source has ${expected.join(', ')}`);
      // A property typed with literals (level: Level) must agree with them too.
      if (literals.length > 0 && !same(sorted(listed), sorted(literals))) {
        fail(`${where}: lists ${listed.join(', ')}; its TypeScript type has ${literals.join(', ')}`);
      }
      if (field === 'cues') {
        for (const value of listed) {
          if ('problem' in values.parseCues(value)) fail(`${where}: ${JSON.stringify(value)} is not a value the elements accept`);
        }
        for (const token of [...values.cueTokens, 'none']) {
          if (!listed.includes(token)) fail(`${where}: the token ${token} is not listed`);
        }
      }
    }
  }
}

// --- Defaults --------------------------------------------------------------------------------

for (const [tagName, element] of elements) {
  for (const property of element.cssProperties ?? []) {
    if (!property.default?.trim()) fail(`<${tagName}>: CSS custom property ${property.name} has no default; write @cssproperty [${property.name}=value] - …`);
    if (/\bDefault:/i.test(property.description ?? '')) fail(`<${tagName}>: CSS custom property ${property.name} gives its default in its description, not in the default field`);
  }
  const cuesDefault = values.cuesDefaults[tagName];
  if (!cuesDefault) continue;
  if ('problem' in values.parseCues(cuesDefault)) fail(`<${tagName}>: the source's default cues ${JSON.stringify(cuesDefault)} are not a value the elements accept`);
  const entries = [
    ...(element.members ?? []).filter((member) => member.name === 'cues').map((member) => ['property', member]),
    ...(element.attributes ?? []).filter((attribute) => attribute.name === 'cues').map((attribute) => ['attribute', attribute]),
  ];
  for (const [what, entry] of entries) {
    if (entry.default !== `'${cuesDefault}'`) fail(`<${tagName}> ${what} cues: default ${entry.default}; the element's default is '${cuesDefault}'`);
  }
}

// --- Public classes only -----------------------------------------------------------------------

/** The classes that the package's entry points export, by TypeScript from their sources. */
function exportedClasses() {
  const sources = Object.values(pkg.exports)
    .map((target) => (typeof target === 'string' ? target : target?.default))
    .map((target) => /^\.\/dist\/(.+)\.js$/.exec(target ?? '')?.[1])
    .filter((path) => path && existsSync(`${root}src/${path}.ts`) && path !== 'react')
    .map((path) => `${root}src/${path}.ts`);
  const entries = ts.createProgram(sources, config.options);
  const typeChecker = entries.getTypeChecker();
  const names = new Set();
  for (const source of sources) {
    const module = typeChecker.getSymbolAtLocation(entries.getSourceFile(source));
    for (const exported of module ? typeChecker.getExportsOfModule(module) : []) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? typeChecker.getAliasedSymbol(exported) : exported;
      if (symbol.flags & ts.SymbolFlags.Class) names.add(symbol.name);
    }
  }
  return names;
}

const exportedClassNames = exportedClasses();
const manifestClasses = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.kind === 'class').map((declaration) => [module.path, declaration.name]));
for (const [path, name] of manifestClasses) {
  if (!exportedClassNames.has(name)) fail(`${path}: class ${name} is in the manifest, but no entry point of the package exports it (internal, not API)`);
}
const listedClasses = new Set(manifestClasses.map(([, name]) => name));
for (const name of exportedClassNames) {
  if (!listedClasses.has(name)) fail(`class ${name} is exported by the package but missing from the manifest`);
}
for (const internal of ['BeepPlayer', 'SessionController', 'Voice', 'ScreenWakeLock']) {
  if (exportedClassNames.has(internal)) fail(`${internal} is exported by the package: it is the elements' internals, not API`);
}

// --- Editor data -------------------------------------------------------------------------------

for (const [name, text] of Object.entries(editorData(manifest, pkg))) {
  const path = `${root}${name}`;
  if (!existsSync(path)) fail(`${name} is missing`);
  else if (readFileSync(path, 'utf8') !== text) fail(`${name} is not what scripts/editor-data.mjs writes from custom-elements.json now`);
  if (!pkg.files?.includes(name)) fail(`package.json "files" does not include ${name}`);
}
if (pkg['web-types'] !== './web-types.json') fail('package.json "web-types" should be "./web-types.json"');
if (pkg.customElements !== 'custom-elements.json') fail('package.json "customElements" should be "custom-elements.json"');

if (problems.length > 0) {
  process.stderr.write(`check-manifest: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nRun npm run analyze after fixing the source; it regenerates custom-elements.json and the editor data.\n`);
  process.exit(1);
}
const tags = Object.keys(ELEMENTS).map((tag) => `<${tag}>`).join(', ');
process.stdout.write(`check-manifest: ${manifest.modules.length} modules at their dist/ paths, ${listedClasses.size} public classes and no internal one; ${tags} fully described with their value lists and defaults; editor data up to date\n`);
