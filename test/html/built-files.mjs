// Dev-server middleware: the blog demo page loads the built files (dist/elements.css and the
// one-file bundle), as a real site does. The test server hands it the sources in their place,
// so the tests need no build: the stylesheet is the same file, and the bundle is the define module.

export async function sourcesForBuiltFiles(context, next) {
  if (context.path === '/dist/elements.css') {
    context.url = '/src/elements.css';
  } else if (context.path === '/dist/back-exercise-elements.bundle.js') {
    context.type = 'text/javascript';
    context.body = "import '/src/define.ts';\n";
    return;
  } else if (context.path === '/dist/routine-builder.bundle.js') {
    context.type = 'text/javascript';
    context.body = "import '/src/routine-builder/define.ts';\n";
    return;
  }
  await next();
}
