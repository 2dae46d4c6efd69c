/**
 * Holds back the page's idle time: `requestIdleCallback` queues its callbacks until the test calls
 * `releaseIdleTime()`. Import it before the code under test, which takes the function when its
 * module runs (see src/routine-player/idle-load.ts): what that code leaves for idle time then
 * waits for the test, and what it fetches at once (a Start click) shows as such.
 */
const held: IdleRequestCallback[] = [];

window.requestIdleCallback = (callback: IdleRequestCallback) => {
  held.push(callback);
  return held.length;
};

/** Runs every idle callback held so far. */
export function releaseIdleTime(): void {
  for (const callback of held.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
}
