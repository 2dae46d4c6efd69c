/**
 * "Your history", loaded on the first press of its button: the view, its chart and styles, and
 * the counting and the file it saves.
 */
import { historyFile, historyFileName } from '../adherence/history.js';
import type { ProgressStore } from './progress-store.js';

export { renderHistory } from './history-view.js';
export { historyViewStyles } from './history-view.styles.js';
export { prescribedFrequency } from '../adherence/history.js';

/**
 * Saves the history of routine `id` (named `name` as shown) as a JSON file, made here and handed
 * to the browser through a Blob URL on an `<a download>` clicked inside `root`: nothing goes over
 * the network. Returns the file's name.
 */
export function saveHistory(root: Node, store: ProgressStore, id: string, name: string): string {
  const now = Date.now();
  const fileName = historyFileName(id, now);
  const file = historyFile({ id, name }, store.sessions(), store.progressions(), now);
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the Blob when the download begins; the URL is let go a minute later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return fileName;
}
