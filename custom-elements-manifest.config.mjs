import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { loadManifestValues } from './scripts/manifest-values.mjs';

/**
 * Keeps only the events documented with @fires. The analyzer also guesses
 * events from `dispatchEvent(new SomeEvent(arg))` calls and takes the first
 * argument for the name, which for our typed event classes is not the name.
 */
function documentedEventsOnly() {
  return {
    name: 'documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name && event.description);
        }
      }
    },
  };
}

/**
 * The elements declare their reactive properties in `static properties` (no decorator helper in
 * the bundle). The analyzer then lists that object as a static field and gives every internal
 * state (`{ state: true }`, always a private field) an attribute; neither is public API.
 */
function staticPropertiesAreNotApi() {
  return {
    name: 'static-properties-are-not-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter((member) => !(member.static && member.name === 'properties'));
          const internal = new Set(declaration.members.filter((member) => member.privacy === 'private').map((member) => member.name));
          for (const member of declaration.members) if (internal.has(member.name)) delete member.attribute;
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
          }
        }
      }
    },
  };
}

/** A union type of string literals, as TypeScript writes it: `'a' | 'b' | null`. */
const union = (values) => [...values.map((value) => `'${value}'`), 'null'].join(' | ');

/**
 * Spells out, as union types, the values of the attributes whose TypeScript type is only
 * `string | null`: the catalog's exercise and routine ids and the cues, read from the source
 * (scripts/manifest-values.mjs), so editors offer exactly what the elements accept. Level,
 * pace and theme are spelled out in the elements' own JSDoc (`@type`) or TypeScript types.
 * Gives `cues` its real default, the source's default set, where the analyzer reads `null`.
 */
function valueLists(values) {
  const lists = {
    'back-exercise': { exercise: values.exerciseIds, cues: values.cues },
    'hold-timer': { cues: values.cues },
    'routine-player': { routine: values.routineIds, cues: values.cues },
    'routine-builder': { routine: values.routineIds },
    'progress-report': { routine: values.routineIds },
  };
  return {
    name: 'value-lists',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const fields = lists[declaration.tagName];
          if (!fields) continue;
          const entries = [
            ...(declaration.members ?? []).filter((member) => member.kind === 'field').map((member) => [member.name, member]),
            ...(declaration.attributes ?? []).map((attribute) => [attribute.fieldName, attribute]),
          ];
          for (const [field, list] of Object.entries(fields)) {
            const found = entries.filter(([name]) => name === field).map(([, entry]) => entry);
            if (found.length === 0) throw new Error(`value-lists: <${declaration.tagName}> has no ${field} in the manifest`);
            for (const entry of found) {
              // A type changed at the source is the source's to describe: say so rather than overwrite it.
              if (entry.type?.text !== 'string | null') {
                throw new Error(`value-lists: <${declaration.tagName}> ${field} is typed ${JSON.stringify(entry.type?.text)}, not string | null; update this plugin`);
              }
              entry.type = { ...entry.type, text: union(list) };
            }
          }
          // `cues` is null until set, which means the element's default set of cues: the manifest gives that set.
          const cuesDefault = values.cuesDefaults[declaration.tagName];
          if (cuesDefault) for (const [name, entry] of entries) if (name === 'cues') entry.default = `'${cuesDefault}'`;
        }
      }
    },
  };
}

/**
 * Where a source module ships: `src/a/b.ts` is built to `dist/a/b.js` (tsconfig.build.json).
 * References to other modules come from the analyzer as `src/a/b.ts`, `src/a/b.js`,
 * `/src/a/b.js` or an import specifier relative to the referring module (`./b.js`).
 */
function shippedPath(path, from) {
  let resolved = path;
  if (resolved.startsWith('./') || resolved.startsWith('../')) resolved = posix.join(posix.dirname(from), resolved);
  resolved = posix.normalize(resolved.replace(/^\/+/, ''));
  if (!resolved.startsWith('src/')) return path;
  return `dist/${resolved.slice('src/'.length).replace(/\.(ts|js)$/, '')}.js`;
}

/** Rewrites every `module` of a local reference (one without `package`) inside `node`. */
function shipReferences(node, from) {
  if (Array.isArray(node)) {
    for (const item of node) shipReferences(item, from);
  } else if (node && typeof node === 'object') {
    if (typeof node.module === 'string' && node.package === undefined) node.module = shippedPath(node.module, from);
    for (const value of Object.values(node)) shipReferences(value, from);
  }
}

/**
 * Describes the files the package ships, not its sources: module paths and references
 * become `dist/…/*.js`. (The manifest schema has no field for declaration files; each
 * `dist/…/*.js` has its `dist/…/*.d.ts` beside it.)
 */
function shippedPaths() {
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const from = module.path;
        shipReferences(module.declarations, from);
        shipReferences(module.exports, from);
        module.path = shippedPath(from, from);
      }
    },
  };
}

/**
 * The declarations (`<module path>#<name>`) that the package's entry points export, following
 * re-exports (`export { X } from`, `export * from`) through the manifest's modules. The entry
 * points are the `dist/` modules that package.json `exports` names.
 */
function exportedDeclarations(manifest, entryPaths) {
  const modules = new Map(manifest.modules.map((module) => [module.path, module]));
  const found = new Set();
  const seen = new Set();
  const visit = (path, name) => {
    if (seen.has(`${path}#${name}`)) return;
    seen.add(`${path}#${name}`);
    const module = modules.get(path);
    if (!module) return;
    if (name !== '*' && module.declarations?.some((declaration) => declaration.name === name)) found.add(`${path}#${name}`);
    for (const exported of module.exports ?? []) {
      const target = exported.declaration;
      if (exported.kind !== 'js' || !target?.module || target.package !== undefined) continue;
      if (exported.name === '*') visit(target.module, name);
      else if (name === '*' || exported.name === name) visit(target.module, target.name);
    }
  };
  for (const path of entryPaths) visit(path, '*');
  return found;
}

/** The `dist/…/*.js` entry points of package.json `exports`. */
function entryPoints(pkg) {
  return Object.values(pkg.exports)
    // `null` closes a path (the loader's chunks are not exported).
    .map((target) => (typeof target === 'string' ? target : target?.default))
    .filter((target) => typeof target === 'string' && /^\.\/dist\/.+\.js$/.test(target))
    .map((target) => target.slice(2));
}

/**
 * Leaves out the classes that no entry point of the package exports (the cue players, the
 * controllers, the session internals): they are how the elements work, not API. Their module's
 * export of them goes too, and a module left with nothing to show.
 */
function publicClassesOnly() {
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  return {
    name: 'public-classes-only',
    packageLinkPhase({ customElementsManifest }) {
      const exported = exportedDeclarations(customElementsManifest, entryPoints(pkg));
      const internal = new Set();
      for (const module of customElementsManifest.modules) {
        module.declarations = (module.declarations ?? []).filter((declaration) => {
          const keep = declaration.kind !== 'class' || exported.has(`${module.path}#${declaration.name}`);
          if (!keep) internal.add(`${module.path}#${declaration.name}`);
          return keep;
        });
      }
      for (const module of customElementsManifest.modules) {
        module.exports = (module.exports ?? []).filter(({ declaration }) => !internal.has(`${declaration?.module}#${declaration?.name}`));
      }
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => module.declarations.length > 0 || module.exports.length > 0);
    },
  };
}

/** Sorts modules by path, so the manifest does not depend on the order the file system lists files in. */
function stableModuleOrder() {
  return {
    name: 'stable-module-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // src/react.ts holds React components, not elements: the manifest describes the elements.
  exclude: ['src/**/*.styles.ts', 'src/react.ts'],
  outdir: '.',
  litelement: true,
  plugins: [documentedEventsOnly(), staticPropertiesAreNotApi(), valueLists(await loadManifestValues()), shippedPaths(), publicClassesOnly(), stableModuleOrder()],
};
