/**
 * Our own small localization: every element speaks the language of its own `lang`, else of
 * its nearest ancestor's, else of the document's, so two languages on one page both work and a
 * host app's own `@lit/localize` setup (one global locale per page) is never touched.
 *
 * - Source strings are English, written where they are used: `msg('Start')`,
 *   `msg(str\`Rep ${n} of ${total}\`)`. A message's key is its English text with `{0}`, `{1}`…
 *   for the values, or an explicit `id` where the text would churn.
 * - A translation is one module under `locales/` (`es.ts`): its messages by key (a string with
 *   `{0}`… placeholders, or a function of the values for plurals), and the built-in catalog's
 *   texts. It is loaded on first use as a separate chunk: an English page loads none.
 * - `msg` reads the language in force: set around an element's update (so around its render)
 *   and around any callback that speaks or announces, with {@link withLocale}.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages we ship. English is the source language and needs no module. */
export const LOCALES = ['en', 'es', 'de', 'fr', 'ar'] as const;
/** A primary language subtag: one of {@link LOCALES}, or one a page added with {@link registerTranslation}. */
export type Locale = string;

/** A translated message: text with `{0}`… for the values, or a function of them (for plurals). */
export type TranslatedMessage = string | ((...values: never[]) => string);

/** The catalog's texts in one language, by exercise and routine id. */
export interface CatalogTranslation {
  exercises: Record<
    string,
    { name: string; targets: string[]; steps: string[]; cautions: string[]; progression?: string; startPosition?: string }
  >;
  routines: Record<string, { name: string }>;
}

/** One language: what a file under `locales/` exports as its default. */
export interface Translation {
  /** The primary language subtag, e.g. `es`. */
  lang: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** Messages by key; a missing key falls back to English. */
  messages: Record<string, TranslatedMessage>;
  catalog: CatalogTranslation;
}

/** A message with values, as written with {@link str}. */
export interface StrResult {
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

/** Tags a template literal whose values a translation may reorder: `msg(str\`Rep ${n} of ${total}\`)`. */
export function str(strings: TemplateStringsArray, ...values: unknown[]): StrResult {
  return { strings: [...strings], values };
}

/** The key of a message: its English text with `{0}`, `{1}`… in place of the values. */
export function messageKey(source: string | StrResult): string {
  if (typeof source === 'string') return source;
  return source.strings.reduce((key, part, index) => (index === 0 ? part : `${key}{${index - 1}}${part}`), '');
}

function fill(text: string, values: readonly unknown[]): string {
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < values.length ? String(values[Number(index)]) : whole));
}

/**
 * English itself needs a singular now and then: the source text is the plural, and these
 * give the right form for a count of one (the same functions a translation may give).
 * A module whose messages need one adds it with {@link addEnglishForms}, so that a page
 * (a lone `<hold-timer>`) carries only the forms of the modules it loads.
 */
const ENGLISH: Record<string, TranslatedMessage> = {
  '{0} repetitions, hold {1} each.': (count: number, hold: string) =>
    count === 1 ? `1 repetition, hold ${hold}.` : `${count} repetitions, hold ${hold} each.`,
};

/** Adds English forms (see {@link ENGLISH}) for a module's own messages; call it when the module loads. */
export function addEnglishForms(forms: Record<string, TranslatedMessage>): void {
  Object.assign(ENGLISH, forms);
}

const loaded = new Map<Locale, Translation>();
let current: Translation | null = null;

/**
 * The text of a message in the language in force. `options.id` names a message whose English
 * text would make a poor key; `options.desc` is for translators and ignored here.
 */
export function msg(source: string | StrResult, options?: { id?: string; desc?: string }): string {
  const values = typeof source === 'string' ? [] : source.values;
  const key = options?.id ?? messageKey(source);
  const translated = current ? current.messages[key] : ENGLISH[key];
  if (typeof translated === 'function') return (translated as (...values: unknown[]) => string)(...values);
  return fill(translated ?? messageKey(source), values);
}

/** Writing direction of a language (`ltr` for English and any language not loaded). */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return loaded.get(locale)?.dir === 'rtl' ? 'rtl' : 'ltr';
}

/** The language in force (where `msg` reads from): `en` outside any localized work. */
export function currentLocale(): Locale {
  return current?.lang ?? 'en';
}

/** The translation of `locale` if it is loaded (English has none). */
export function translation(locale: Locale): Translation | undefined {
  return loaded.get(locale);
}

/** Runs `work` with the messages of `locale` (English while its module is not loaded yet). */
export function withLocale<T>(locale: Locale, work: () => T): T {
  const before = current;
  current = loaded.get(locale) ?? null;
  try {
    return work();
  } finally {
    current = before;
  }
}

/** The arrow key that moves forward (to the next exercise) in a writing direction. */
export function forwardKey(dir: 'ltr' | 'rtl'): 'ArrowRight' | 'ArrowLeft' {
  return dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
}

/** A list in the language in force: `a, b and c`, `a, b y c`, `أ وب وج`. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(currentLocale(), { style: 'long', type: 'conjunction' }).format(items);
}

/** One of ours (or a registered one) for a language tag (`es-MX` → `es`), or `en` for any other. */
export function matchLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary) || loaded.has(primary) ? primary : 'en';
}

/**
 * Adds a language, or replaces one of ours (a clinic's reviewed wording), from a page's own file:
 * an object shaped like the files under `src/i18n/locales/`. Elements in that language update.
 * Messages it lacks are shown in English.
 */
export function registerTranslation(translation: Translation): void {
  const lang = typeof translation?.lang === 'string' ? translation.lang.trim().toLowerCase() : '';
  if (!/^[a-z]{2,3}$/.test(lang) || lang === 'en' || typeof translation.messages !== 'object' || translation.messages === null) {
    console.error('registerTranslation: needs { lang: "xx", dir, messages, catalog } with a two- or three-letter lang other than "en"');
    return;
  }
  loaded.set(lang, { ...translation, lang, catalog: translation.catalog ?? { exercises: {}, routines: {} } });
  // A module's own messages (addMessageChunks) fill in what the page's wording leaves out.
  const merged = Promise.all(messageChunks.map((chunks) => addChunk(lang, chunks))).then(() => loaded.get(lang)!);
  pending.set(lang, merged);
  for (const notify of [...listeners]) notify();
  if (messageChunks.length > 0) void merged.then(() => listeners.forEach((notify) => notify(true)));
}

/** The language tag that applies to `element`: its own `lang`, else the nearest ancestor's across shadow roots, else the document's. */
export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const tagged: Element | null = node.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument?.documentElement.getAttribute('lang') ?? '';
}

const pending = new Map<Locale, Promise<Translation | null>>();

/**
 * A module's own messages in each language, loaded beside the shared ones: the builder's, which a
 * patient's page never shows, so the shared language chunks do not carry them.
 */
export type MessageChunks = Partial<Record<Locale, () => Promise<{ default: Record<string, TranslatedMessage> }>>>;
const messageChunks: MessageChunks[] = [];

/** Adds one module's messages in `locale` to the loaded translation; the wording already there wins. */
function addChunk(locale: Locale, chunks: MessageChunks): Promise<void> {
  const load = chunks[locale];
  if (!load) return Promise.resolve();
  return load().then(
    (module) => {
      const loadedTranslation = loaded.get(locale);
      if (loadedTranslation) loadedTranslation.messages = { ...module.default, ...loadedTranslation.messages };
    },
    () => undefined,
  );
}

/**
 * Registers a module's own messages, loaded with each language as it is needed. For a language
 * already loaded they are loaded now, and its elements update when they arrive.
 */
export function addMessageChunks(chunks: MessageChunks): void {
  messageChunks.push(chunks);
  for (const locale of loaded.keys()) {
    void addChunk(locale, chunks).then(() => {
      for (const notify of [...listeners]) notify(true);
    });
  }
}

/** Loads the module of `locale` once per page; `null` for English or if it cannot be loaded (English is shown). */
export function loadLocale(locale: Locale): Promise<Translation | null> {
  if (locale === 'en') return Promise.resolve(null);
  let promise = pending.get(locale);
  if (!promise) {
    if (!(LOCALES as readonly string[]).includes(locale)) return Promise.resolve(null);
    // One static import() per language, so a bundler makes each its own chunk.
    const load = {
      es: () => import('./locales/es.js'),
      de: () => import('./locales/de.js'),
      fr: () => import('./locales/fr.js'),
      ar: () => import('./locales/ar.js'),
    }[locale as 'es' | 'de' | 'fr' | 'ar'];
    promise = load()
      .then(async (module) => {
        // A page's own registered wording wins over ours.
        if (!loaded.has(locale)) loaded.set(locale, { ...module.default });
        await Promise.all(messageChunks.map((chunks) => addChunk(locale, chunks)));
        return loaded.get(locale)!;
      })
      .catch(() => null);
    pending.set(locale, promise);
  }
  return promise;
}

/** Elements to tell when a `lang` attribute changes anywhere in the document. */
const listeners = new Set<(refresh?: boolean) => void>();
let observer: MutationObserver | undefined;

function watchLanguages(listener: (refresh?: boolean) => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const notify of [...listeners]) notify();
    });
    observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** What the element learns from its {@link LocaleController}. */
export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {}

/**
 * Keeps an element in its language: finds it on connect and whenever a `lang` attribute changes,
 * loads the translation, and updates the element when it arrives. The element's updates run in
 * its language (see {@link localizedUpdate}).
 */
export class LocaleController implements ReactiveController {
  /** The language the element speaks (English until its translation is loaded). */
  locale: Locale = 'en';
  /** The language asked for by `lang`, whether or not its translation is loaded yet. */
  wanted: Locale = 'en';
  #stopWatching?: () => void;

  /**
   * `hydrating` says the element is taking over server-rendered content (in English): its first
   * update must render what the server did, so the language is applied just after it.
   */
  constructor(
    private readonly host: LocalizedHost,
    private readonly hydrating: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopWatching = watchLanguages((refresh) => this.#resolve(refresh));
    if (this.hydrating()) void this.host.updateComplete.then(() => this.#resolve());
    else this.#resolve();
  }

  hostDisconnected(): void {
    this.#stopWatching?.();
  }

  /** Direction of the element's language. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  /** Runs `work` in the element's language. */
  run<T>(work: () => T): T {
    return withLocale(this.locale, work);
  }

  /** `refresh`: the messages of the loaded language grew (see {@link addMessageChunks}). */
  #resolve(refresh = false): void {
    const wanted = matchLocale(languageOf(this.host));
    if (wanted === this.wanted && (wanted === 'en' || loaded.has(wanted))) {
      if (this.locale !== wanted) this.#set(wanted);
      else if (refresh && wanted !== 'en') this.host.requestUpdate();
      return;
    }
    this.wanted = wanted;
    if (wanted === 'en' || loaded.has(wanted)) {
      this.#set(wanted);
      return;
    }
    void loadLocale(wanted).then((loadedTranslation) => {
      if (this.wanted === wanted) this.#set(loadedTranslation ? wanted : 'en');
    });
  }

  #set(locale: Locale): void {
    if (this.locale === locale) return;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
