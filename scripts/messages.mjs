// Lists every message of the library (each `msg(...)` call in src/) by key, and checks the
// translations under src/i18n/locales/ (and the builder's own, src/routine-builder/locales/) against them:
//
//   node scripts/messages.mjs            prints the keys as JSON (with the translator's notes)
//   node scripts/messages.mjs --check    fails if a language lacks a message or the catalog's
//                                        texts, or keeps one that is no longer used
//
// A key is the English text with {0}, {1}… for the values of a str`` template, or the
// message's explicit `id` (the same rule as messageKey in src/i18n/localize.ts).
import ts from 'typescript';
import { build } from 'esbuild';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

async function sourceFiles(folder) {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== 'locales') files.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith('.ts')) files.push(path);
  }
  return files;
}

function keyOf(node, file) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'str') {
    const template = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
    return template.templateSpans.reduce((key, span, index) => `${key}{${index}}${span.literal.text}`, template.head.text);
  }
  throw new Error(`${relative(root, file)}: msg() needs a string or a str\`\` template, got ${node.getText()}`);
}

function optionText(options, name) {
  if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
  const property = options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === name);
  return property && ts.isStringLiteralLike(property.initializer) ? property.initializer.text : undefined;
}

export async function collectMessages() {
  const messages = new Map();
  for (const file of await sourceFiles(src)) {
    if (file.endsWith('localize.ts')) continue;
    const text = await readFile(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && node.expression.getText() === 'msg' && node.arguments.length > 0) {
        const [first, options] = node.arguments;
        const key = optionText(options, 'id') ?? keyOf(first, file);
        const english = keyOf(first, file);
        const where = `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (!messages.has(key)) messages.set(key, { key, english, desc: optionText(options, 'desc'), where: [] });
        messages.get(key).where.push(where);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...messages.values()].sort((a, b) => a.key.localeCompare(b.key));
}

async function loadTypeScriptModule(path) {
  const result = await build({ entryPoints: [path], bundle: true, write: false, platform: 'node', format: 'esm', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

async function check() {
  const messages = await collectMessages();
  const keys = new Set(messages.map((m) => m.key));
  // The builder's own messages (used only under src/routine-builder/) live in its own language
  // chunks, src/routine-builder/locales/, so that a patient's page never loads them; every other
  // message lives in the shared ones, src/i18n/locales/.
  const builderOnly = (m) => m.where.every((where) => where.startsWith('src/routine-builder/'));
  const builderKeys = new Set(messages.filter(builderOnly).map((m) => m.key));
  const { EXERCISES, ROUTINES } = await loadTypeScriptModule(join(src, 'model/catalog.ts'));
  const problems = [];
  const localeFiles = (await readdir(join(src, 'i18n/locales'))).filter((name) => name.endsWith('.ts'));
  for (const name of localeFiles) {
    const { default: translation } = await loadTypeScriptModule(join(src, 'i18n/locales', name));
    const lang = translation.lang;
    const builderFile = join(src, 'routine-builder/locales', name);
    const { default: builderMessages } = await loadTypeScriptModule(builderFile).catch(() => ({ default: {} }));
    for (const key of keys) {
      const [here, there, file] = builderKeys.has(key)
        ? [builderMessages, translation.messages, `src/routine-builder/locales/${name}`]
        : [translation.messages, builderMessages, `src/i18n/locales/${name}`];
      if (!(key in here)) problems.push(`${lang}: no translation of ${JSON.stringify(key)} in ${file}`);
      if (key in there) problems.push(`${lang}: ${JSON.stringify(key)} belongs in ${file} only`);
    }
    const allMessages = { ...translation.messages, ...builderMessages };
    for (const key of Object.keys(allMessages)) if (!keys.has(key)) problems.push(`${lang}: ${JSON.stringify(key)} is no longer used`);
    for (const [key, value] of Object.entries(allMessages)) {
      if (typeof value !== 'string') continue;
      const wanted = (key.match(/\{\d+\}/g) ?? []).sort().join();
      const given = (value.match(/\{\d+\}/g) ?? []).sort().join();
      if (wanted !== given) problems.push(`${lang}: ${JSON.stringify(key)} has the values ${given || 'none'}, not ${wanted}`);
    }
    for (const exercise of EXERCISES) {
      const own = translation.catalog.exercises[exercise.id];
      if (!own) {
        problems.push(`${lang}: the catalog exercise ${exercise.id} is not translated`);
        continue;
      }
      for (const field of ['steps', 'cautions', 'targets']) {
        if (own[field]?.length !== exercise[field].length) problems.push(`${lang}: ${exercise.id}.${field} has ${own[field]?.length} entries, not ${exercise[field].length}`);
      }
      for (const field of ['progression', 'startPosition']) {
        if (!!own[field] !== !!exercise[field]) problems.push(`${lang}: ${exercise.id}.${field} does not match the catalog`);
      }
    }
    for (const routine of ROUTINES) {
      if (!translation.catalog.routines[routine.id]?.name) problems.push(`${lang}: the catalog routine ${routine.id} is not translated`);
    }
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error(`\n${problems.length} problems in the translations`);
    process.exit(1);
  }
  console.log(`${keys.size} messages and the catalog, translated in ${localeFiles.length} languages besides English`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) await check();
  else console.log(JSON.stringify(await collectMessages(), null, 2));
}
