import { localizeExercise } from '../i18n/catalog-text.js';
import { currentLocale, msg, str, translation } from '../i18n/localize.js';
import { EXERCISES, getRoutine } from '../model/catalog.js';
import { LEVELS, type Exercise } from '../model/types.js';
import { WEEKDAYS } from '../adherence/types.js';
import { draftFrom, fieldOf, itemExercise, moveItem, newItem, type CheckedDraft, type Draft, type DraftItem } from './builder-draft.js';
import type { EditorModel } from './builder-views.js';
import { restWarnings } from './builder-warnings.js';

/** What the editing actions need from the element. */
export interface EditingHost {
  readonly draft: Draft;
  readonly checked: CheckedDraft;
  /** Whether the person has changed anything yet. */
  readonly touched: boolean;
  readonly pageExercises: readonly Exercise[];
  readonly editingDisabled: boolean;
  /** A change by the person: checked, announced to the page. */
  change(draft: Draft): void;
  /** Says a text in the polite live region. */
  announce(text: string): void;
  /** Focuses what matches `selector` once the change is rendered. */
  focusLater(selector: string): void;
  /** Runs `work` in the element's language. */
  inLanguage<T>(work: () => T): T;
}

/** The problems to show, by field: before the first change, an empty name or list is not yet a mistake. */
function problemsByField(host: EditingHost): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  for (const problem of host.checked.problems) {
    const key = fieldOf(problem.path);
    if (!host.touched && (key === 'name' || key === 'items')) continue;
    if (key === 'items' && host.draft.items.length === 0) continue;
    problems.set(key, [...(problems.get(key) ?? []), problem.message]);
  }
  return problems;
}

function exerciseName(host: EditingHost, exercise: string | Exercise): string {
  const found = itemExercise({ exercise });
  return found ? host.inLanguage(() => localizeExercise(found).name) : String(exercise);
}

/** Adds a built-in routine's exercises, with its doses, after those already there. */
function addRoutine(host: EditingHost, id: string): void {
  const routine = getRoutine(id);
  if (!routine) return;
  const added = draftFrom(routine).items;
  const items = [...host.draft.items, ...added];
  // An empty routine takes the built-in one's name and pause between exercises too.
  const fresh = host.draft.items.length === 0;
  host.change({
    ...host.draft,
    items,
    name: fresh && !host.draft.name.trim() ? host.inLanguage(() => translation(currentLocale())?.catalog.routines[id]?.name ?? routine.name) : host.draft.name,
  });
  host.announce(host.inLanguage(() => msg(str`${added.length} exercises added; the routine has ${items.length}.`)));
}

function add(host: EditingHost, exercise: string | Exercise): void {
  const items = [...host.draft.items, newItem(exercise)];
  host.change({ ...host.draft, items });
  host.announce(host.inLanguage(() => msg(str`${exerciseName(host, exercise)} added as exercise ${items.length}.`)));
}

/** Moves an item; `focus` is the button to keep focus on, or `item` for the item's first field. */
function move(host: EditingHost, index: number, offset: number, focus = offset < 0 ? '.move-up' : '.move-down'): void {
  const { items } = host.draft;
  const target = Math.max(0, Math.min(items.length - 1, index + offset));
  if (target === index) return;
  const item = items[index];
  host.change({ ...host.draft, items: moveItem(items, index, offset) });
  // Focus stays with the moved exercise; at an end, on its other move button, which is still enabled.
  const atEnd = target === 0 || target === items.length - 1;
  const button = atEnd ? (target === 0 ? '.move-down' : '.move-up') : focus;
  host.focusLater(focus === 'item' ? `.item[data-key="${item.key}"] input` : `.item[data-key="${item.key}"] ${button}`);
  host.announce(host.inLanguage(() => msg(str`${exerciseName(host, item.exercise)} moved to position ${target + 1} of ${items.length}.`)));
}

function remove(host: EditingHost, index: number): void {
  const { items } = host.draft;
  const removed = items[index];
  const rest = items.filter((_, at) => at !== index);
  host.change({ ...host.draft, items: rest });
  // Focus goes to the exercise that took its place (or the one before), else to the list's heading.
  const next = rest[Math.min(index, rest.length - 1)];
  host.focusLater(next ? `.item[data-key="${next.key}"] .remove` : '#items-title');
  host.announce(host.inLanguage(() => msg(str`${exerciseName(host, removed.exercise)} removed.`)));
}

function editItem(host: EditingHost, index: number, edit: (item: DraftItem) => DraftItem): void {
  host.change({ ...host.draft, items: host.draft.items.map((item, at) => (at === index ? edit(item) : item)) });
}

/** Alt + Arrow Up / Down moves the exercise whose field or button has focus. */
function onItemKeydown(host: EditingHost, index: number, event: KeyboardEvent): void {
  if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
  event.preventDefault();
  const inField = (event.composedPath()[0] as Element | undefined)?.matches?.('input, textarea, select');
  move(host, index, event.key === 'ArrowUp' ? -1 : 1, inField ? 'item' : undefined);
}

/** What the editor's views show and what their fields and buttons do. */
export function editorModel(host: EditingHost): EditorModel {
  const { draft } = host;
  return {
    draft,
    problems: problemsByField(host),
    warnings: restWarnings(draft),
    catalog: EXERCISES,
    pageExercises: host.pageExercises,
    disabled: host.editingDisabled,
    onName: (name) => host.change({ ...host.draft, name }),
    onNote: (note) => host.change({ ...host.draft, note }),
    onLevel: (level) => LEVELS.includes(level) && host.change({ ...host.draft, level }),
    onPace: (pace) => host.change({ ...host.draft, pace: pace === 'done' ? 'done' : 'timer' }),
    onRestBetween: (text) => host.change({ ...host.draft, restBetween: text }),
    onAdd: (exercise) => add(host, exercise),
    onAddRoutine: (id) => addRoutine(host, id),
    onMove: (index, offset) => move(host, index, offset),
    onRemove: (index) => remove(host, index),
    onDose: (index, field, text) => editItem(host, index, (item) => ({ ...item, edits: { ...item.edits, [field]: text } })),
    onEachSide: (index, on) => editItem(host, index, (item) => ({ ...item, eachSide: on })),
    onItemKeydown: (index, event) => onItemKeydown(host, index, event),
    onFrequency: (edit) => host.change({ ...host.draft, frequency: { ...host.draft.frequency, ...edit } }),
    onWeekday: (day, on) => {
      // From the draft as it is now (not as last rendered), so quick changes in a row all count.
      const chosen = new Set(host.draft.frequency.weekdays);
      if (on) chosen.add(day);
      else chosen.delete(day);
      host.change({ ...host.draft, frequency: { ...host.draft.frequency, weekdays: WEEKDAYS.filter((each) => chosen.has(each)) } });
    },
    onClinicEmail: (clinicEmail) => host.change({ ...host.draft, clinicEmail }),
    onNoSuggestions: (noSuggestions) => host.change({ ...host.draft, noSuggestions }),
  };
}
