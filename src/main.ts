/**
 * The browser entry point, kept small: the title screen's first screen needs
 * only this file, the CSS and Phaser. The "New game" button is in index.html
 * and is wired here at once; Phaser boots with its preloader (which needs none
 * of the game's code) and draws the canvas. The game's code (the app and the
 * engine) starts loading as soon as the canvas has drawn its first frame, or at
 * once if the player presses "New game" first or the page opens a shared game;
 * until it is there, "New game" says that the game is loading and opens the
 * scenario picker when it is. The map scene joins when the map file and the
 * game's code are both there, behind the title.
 */
import './ui/style.css';
import './ui/game.css';
import type { App } from './ui/app';

/** If the game's code has not come this long after navigation, load it anyway (a map that never draws). */
const LOAD_AFTER_MS = 1500;

/** The map's loading, on the title's bar until the app (which redraws the title) takes it over. */
let mapLoaded = 0;
let progress = (fraction: number): void => {
  const bar = document.getElementById('map-progress');
  if (bar instanceof HTMLProgressElement) bar.value = Math.round(fraction * 100);
};
const boot = import('./scenes/boot').then(({ bootMap }) =>
  bootMap((fraction) => {
    mapLoaded = fraction;
    progress(fraction);
  }),
);

// ---------------------------------------------------------------- the title before the game's code

let wanted: 'setup' | null = null;
let app: App | null = null;
/** Whether the game's code was asked for, and why it failed if it did. */
let loading = false;
let failure: string | null = null;

/** The title's line about the game's code (made when first needed). */
function loadingNotice(text: string): void {
  let notice = document.getElementById('game-loading');
  if (notice === null) {
    notice = document.createElement('p');
    notice.id = 'game-loading';
    notice.className = 'loading';
    notice.setAttribute('role', 'status');
    document.getElementById('new-game')?.closest('.title-card')?.append(notice);
  }
  notice.textContent = text;
}

/** "New game" before the game's code is there: say so, and open the picker when it comes. */
function pressNewGame(): void {
  if (app !== null) return;
  wanted = 'setup';
  document.getElementById('new-game')?.setAttribute('aria-busy', 'true');
  loadingNotice(failure ?? 'Loading the game…');
  startLoading();
}
document.getElementById('new-game')?.addEventListener('click', pressNewGame);

// ---------------------------------------------------------------- the game's code, in the background

function startLoading(): void {
  if (loading) return;
  loading = true;
  // Said on the title (a module that failed to load stays failed until the page is loaded again).
  loadGame().catch((error: unknown) => {
    failure = `The game could not load (${String(error)}): reload the page.`;
    loadingNotice(failure);
  });
}

async function loadGame(): Promise<void> {
  const files = import.meta.glob('../scenarios/*.json', { import: 'default' });
  // The map scene's code comes with the app's, to join the canvas as soon as the app is made.
  const mapScene = import('./scenes/mapGame');
  mapScene.catch(() => {}); // its failure is shown below, once the app is there
  const [{ App: AppClass, loadScenarios }, ...data] = await Promise.all([
    import('./ui/app'),
    ...Object.values(files).map((load) => load()),
  ]);
  const hadFocus = document.activeElement?.id ?? '';
  const loaded = new AppClass(loadScenarios(Object.fromEntries(data.map((value, i) => [String(i), value]))));
  app = loaded;
  loaded.showTitle();
  loaded.openPageLink();
  // A link pasted into the address bar of an open page changes only its fragment.
  window.addEventListener('hashchange', () => loaded.openPageLink());
  progress = (fraction) => loaded.mapListener.progress(fraction);
  progress(mapLoaded);
  document.addEventListener('keydown', (event) => loaded.handleKey(event));
  document.addEventListener('pointerdown', (event) => loaded.handlePointerDown(event), true);
  // "New game" pressed while loading (and no shared game opened from the address): the picker.
  if (wanted === 'setup' && location.hash.length <= 1) loaded.showSetup();
  // The title was drawn again: the focus goes back to the button it was on.
  else if (hadFocus !== '' && document.activeElement === document.body) document.getElementById(hadFocus)?.focus();

  Promise.all([boot, mapScene])
    .then(async ([{ game, map }, { addMapScene }]) => {
      addMapScene(game, await map, loaded.mapListener, (port) => loaded.attachMap(port));
    })
    .catch((error: unknown) => {
      const notice = document.getElementById('map-progress')?.closest('.map-loading');
      if (notice !== null && notice !== undefined) notice.textContent = `The map could not load: ${String(error)}`;
    });
}

// The canvas's first frame, a shared game in the address, or too long a wait: load the game's code now.
if (location.hash.length > 1) startLoading();
new PerformanceObserver((list, observer) => {
  if (list.getEntriesByName('map-first-frame').length === 0) return;
  observer.disconnect();
  startLoading();
}).observe({ type: 'mark', buffered: true });
boot.catch(() => startLoading());
setTimeout(startLoading, LOAD_AFTER_MS);
