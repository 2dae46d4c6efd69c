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
  plugins: [documentedEventsOnly(), stableModuleOrder()],
};
