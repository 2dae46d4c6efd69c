import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { localizeExercise } from '../i18n/catalog-text.js';
import { formatDose, kindLabel, levelLabel } from '../i18n/format.js';
import { currentLocale, msg, str, translation } from '../i18n/localize.js';
import { ROUTINES } from '../model/catalog.js';
import { formatProblem, type DataProblem } from '../model/data-error.js';
import { doseAtLevel } from '../model/dose.js';
import { LEVELS, type Exercise, type Level, type Pace, type Routine } from '../model/types.js';
import type { FrequencyDraft } from './builder-frequency.js';
import type { Weekday } from '../adherence/types.js';
import { DOSE_INPUTS, fieldText, itemEachSide, itemExercise, restBetweenText, type Draft, type DoseInput, type DraftItem } from './builder-draft.js';

/** What the views need from the element: the draft, its problems by field, and what to call. */
export interface EditorModel {
  draft: Draft;
  /** Problem messages by field key (`name`, `items[0].dose.holdSeconds`), only those to show now. */
  problems: Map<string, string[]>;
  /** Fields with a dose that plays but is likely a slip (no rest between repetitions): warned about, not refused. */
  warnings: ReadonlySet<string>;
  catalog: readonly Exercise[];
  pageExercises: readonly Exercise[];
  disabled: boolean;
  onName(text: string): void;
  onNote(text: string): void;
  onLevel(level: Level): void;
  onPace(pace: Pace): void;
  onRestBetween(text: string): void;
  onAdd(exercise: string | Exercise): void;
  /** Adds every exercise of a built-in routine, with its doses. */
  onAddRoutine(id: string): void;
  onMove(index: number, offset: number): void;
  onRemove(index: number): void;
  onDose(index: number, field: DoseInput, text: string): void;
  onEachSide(index: number, on: boolean): void;
  onItemKeydown(index: number, event: KeyboardEvent): void;
  /** Changes the "How often" fields. */
  onFrequency(edit: Partial<FrequencyDraft>): void;
  /** Adds or takes off one day of the week. */
  onWeekday(day: Weekday, on: boolean): void;
  onClinicEmail(text: string): void;
  onNoSuggestions(on: boolean): void;
}

/** A field's element id, from its key: `items[0].dose.reps` → `f-items-0-dose-reps`. */
export function fieldId(key: string): string {
  return `f-${key.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`;
}

/** The visible problem under a field, which the field names in `aria-describedby`. */
export function problemText(model: EditorModel, key: string): TemplateResult | typeof nothing {
  const messages = model.problems.get(key);
  if (!messages) return nothing;
  return html`<p class="problem" part="problem" id=${`${fieldId(key)}-problem`}>${messages.join('; ')}</p>`;
}

/** `aria-invalid` and `aria-describedby` of a field: its problem, else its warning and hint (if any). */
export function validity(model: EditorModel, key: string, hint?: string) {
  const invalid = model.problems.has(key);
  const warned = !invalid && model.warnings.has(key);
  const describedBy = invalid ? `${fieldId(key)}-problem` : [warned ? `${fieldId(key)}-warning` : '', hint ?? ''].filter(Boolean).join(' ');
  return { invalid: (invalid ? 'true' : 'false') as 'true' | 'false', describedBy };
}

/** The visible warning under a field whose value plays but is likely a slip (shown while it has no problem). */
function warningText(model: EditorModel, key: string): TemplateResult | typeof nothing {
  if (model.problems.has(key) || !model.warnings.has(key)) return nothing;
  return html`<p class="warning" part="warning" id=${`${fieldId(key)}-warning`}>
    ${msg('No rest: no time to come back to the start between repetitions.')}
  </p>`;
}

const DOSE_LABELS: Record<DoseInput, () => string> = {
  holdSeconds: () => msg('Hold (s)'),
  reps: () => msg('Repetitions'),
  sets: () => msg('Sets'),
  restSeconds: () => msg('Rest between reps (s)'),
  setRestSeconds: () => msg('Rest between sets (s)'),
};

export function numberField(model: EditorModel, key: string, label: string, value: string, onInput: (text: string) => void) {
  const { invalid, describedBy } = validity(model, key);
  return html`<div class="field number">
    <label for=${fieldId(key)}>${label}</label>
    <input
      id=${fieldId(key)}
      type="text"
      inputmode="numeric"
      autocomplete="off"
      .value=${live(value)}
      aria-invalid=${invalid}
      aria-describedby=${describedBy || nothing}
      ?disabled=${model.disabled}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
    ${problemText(model, key)} ${warningText(model, key)}
  </div>`;
}

/** The routine's name, level, pace and the rest between exercises. */
export function renderSettings(model: EditorModel) {
  const { draft } = model;
  const name = validity(model, 'name', 'name-hint');
  return html`<div class="settings">
    <div class="field name">
      <label for="f-name">${msg('Name of the routine')}</label>
      <input
        id="f-name"
        type="text"
        autocomplete="off"
        dir="auto"
        .value=${live(draft.name)}
        aria-invalid=${name.invalid}
        aria-describedby=${name.describedBy || nothing}
        ?disabled=${model.disabled}
        @input=${(event: Event) => model.onName((event.target as HTMLInputElement).value)}
      />
      <p class="hint" id="name-hint">${msg("The name travels in the link and is printed on the handout. Use no patient's full name: links end up in messages.")}</p>
      ${problemText(model, 'name')}
    </div>
    <div class="field">
      <label for="f-level">${msg('Level')}</label>
      <select id="f-level" ?disabled=${model.disabled} @change=${(event: Event) => model.onLevel((event.target as HTMLSelectElement).value as Level)}>
        ${LEVELS.map((level) => html`<option value=${level} ?selected=${level === draft.level}>${levelLabel(level)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="f-pace">${msg('Repetitions are paced')}</label>
      <select id="f-pace" ?disabled=${model.disabled} @change=${(event: Event) => model.onPace((event.target as HTMLSelectElement).value as Pace)}>
        <option value="timer" ?selected=${draft.pace === 'timer'}>${msg('By the timer')}</option>
        <option value="done" ?selected=${draft.pace === 'done'}>${msg('By the patient (a Done button)')}</option>
      </select>
    </div>
    ${numberField(model, 'restBetweenSeconds', msg('Between exercises (s)'), restBetweenText(draft), model.onRestBetween)}
  </div>`;
}

/** A built-in routine's name in the language in force. */
function routineName(routine: Routine): string {
  return translation(currentLocale())?.catalog.routines[routine.id]?.name ?? routine.name;
}

function shownName(exercise: Exercise | undefined): string {
  return exercise ? localizeExercise(exercise).name : msg('Unknown exercise');
}

function pickerEntry(model: EditorModel, exercise: Exercise, item: string | Exercise) {
  const shown = localizeExercise(exercise);
  const count = model.draft.items.filter((entry) => itemExercise(entry)?.id === exercise.id).length;
  return html`<li class="pick">
    <button type="button" class="add" ?disabled=${model.disabled} @click=${() => model.onAdd(item)}>
      <span aria-hidden="true">+</span> ${msg(str`Add ${shown.name}`)}
    </button>
    <span class="pick-about">${kindLabel(exercise.kind)} · ${formatDose(doseAtLevel(exercise.dose, model.draft.level))}</span>
    ${count > 0 ? html`<span class="pick-count">${msg(str`In the routine: ${count}`)}</span>` : nothing}
  </li>`;
}

/** The exercises to choose from: the page's own first, then the built-in ones. */
export function renderPicker(model: EditorModel) {
  return html`<section class="picker" part="picker" aria-labelledby="picker-title">
    <h3 id="picker-title">${msg('Add exercises')}</h3>
    ${model.pageExercises.length > 0
      ? html`<h4 id="picker-page">${msg('From this page')}</h4>
          <ul aria-labelledby="picker-page">${model.pageExercises.map((exercise) => pickerEntry(model, exercise, exercise))}</ul>
          <h4 id="picker-catalog">${msg('Built-in exercises')}</h4>`
      : nothing}
    <ul aria-label=${msg('Built-in exercises')}>${model.catalog.map((exercise) => pickerEntry(model, exercise, exercise.id))}</ul>
    <h4 id="picker-routines">${msg('Built-in routines, to start from')}</h4>
    <ul aria-labelledby="picker-routines">
      ${ROUTINES.map(
        (routine) => html`<li class="pick">
          <button type="button" class="add-routine" ?disabled=${model.disabled} @click=${() => model.onAddRoutine(routine.id)}>
            <span aria-hidden="true">+</span> ${msg(str`Add all of ${routineName(routine)}`)}
          </button>
          <span class="pick-about">${routine.items.map((item) => shownName(itemExercise(item))).join(', ')}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

function renderItem(model: EditorModel, item: DraftItem, index: number) {
  const { draft } = model;
  const exercise = itemExercise(item);
  const name = shownName(exercise);
  const key = `items[${index}]`;
  const last = draft.items.length - 1;
  const headingId = `item-${item.key}`;
  return html`<li class="item" part="item" data-key=${item.key} aria-labelledby=${headingId} @keydown=${(event: KeyboardEvent) => model.onItemKeydown(index, event)}>
    <div class="item-head">
      <h4 id=${headingId}><span class="position">${index + 1}.</span> <span dir="auto">${name}</span></h4>
      <div class="item-actions" role="group" aria-label=${msg(str`Order of ${name}`)}>
        <button type="button" class="move-up" aria-label=${msg(str`Move ${name} up`)} ?disabled=${model.disabled || index === 0} @click=${() => model.onMove(index, -1)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" class="move-down" aria-label=${msg(str`Move ${name} down`)} ?disabled=${model.disabled || index === last} @click=${() => model.onMove(index, 1)}>
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" class="remove" aria-label=${msg(str`Remove ${name}`)} ?disabled=${model.disabled} @click=${() => model.onRemove(index)}>
          ${msg('Remove')}
        </button>
      </div>
    </div>
    ${problemText(model, `${key}.exercise`)} ${problemText(model, key)} ${problemText(model, `${key}.dose`)}
    <div class="dose-fields">
      ${DOSE_INPUTS.map((field) =>
        numberField(model, `${key}.dose.${field}`, DOSE_LABELS[field](), fieldText(item, field, draft.level), (text) => model.onDose(index, field, text)),
      )}
      <div class="field check">
        <input
          id=${fieldId(`${key}.dose.eachSide`)}
          type="checkbox"
          .checked=${live(itemEachSide(item))}
          ?disabled=${model.disabled}
          @change=${(event: Event) => model.onEachSide(index, (event.target as HTMLInputElement).checked)}
        />
        <label for=${fieldId(`${key}.dose.eachSide`)}>${msg('On each side')}</label>
      </div>
    </div>
  </li>`;
}

/** The routine's exercises in order, each with its dose. */
export function renderItems(model: EditorModel) {
  const { items } = model.draft;
  return html`<section class="items" part="items" aria-labelledby="items-title">
    <h3 id="items-title" tabindex="-1">${msg(str`Exercises in the routine (${items.length})`)}</h3>
    ${items.length === 0
      ? html`<p class="empty hint">${msg('No exercises yet: add them from the list.')}</p>`
      : html`<p class="hint" id="order-hint">${msg('Reorder with the arrow buttons, or Alt + Arrow Up or Down inside an exercise.')}</p>
          <ol class="item-list">${items.map((item, index) => renderItem(model, item, index))}</ol>`}
    ${problemText(model, 'items')}
  </section>`;
}

/** The note for the patient. */
export function renderNote(model: EditorModel) {
  const note = validity(model, 'note', 'note-hint');
  return html`<div class="field note">
    <label for="f-note">${msg('Note for the patient')}</label>
    <textarea
      id="f-note"
      rows="3"
      dir="auto"
      .value=${live(model.draft.note)}
      aria-invalid=${note.invalid}
      aria-describedby=${note.describedBy}
      ?disabled=${model.disabled}
      @input=${(event: Event) => model.onNote((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint" id="note-hint">${msg('Shown before the patient starts and printed on the handout. Plain text.')}</p>
    ${problemText(model, 'note')}
  </div>`;
}

/** What the page gave that cannot be used (its exercises, `value`, `routine`, `player-url`), above the editor. */
export function renderSourceProblems(problems: readonly DataProblem[]) {
  if (problems.length === 0) return nothing;
  return html`<div part="error" role="alert">
    <p>${msg('Some exercises or settings the page gave cannot be used:')}</p>
    <ul>${problems.map((problem) => html`<li>${formatProblem(problem)}</li>`)}</ul>
  </div>`;
}
