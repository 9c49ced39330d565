/**
 * The browser entry point. The title screen's first button is in index.html,
 * so it shows at once. Phaser boots at the same moment as the game's code
 * loads (the canvas draws before the engine is ready); the map scene is added
 * when the map file and the game's code are both there, behind the title.
 */
import './ui/style.css';
import './ui/game.css';

let progress = (_fraction: number): void => {};
const boot = import('./scenes/boot').then(({ bootMap }) => bootMap((fraction) => progress(fraction)));
const mapScene = import('./scenes/mapGame');
const { App, loadScenarios } = await import('./ui/app');

const files = import.meta.glob('../scenarios/*.json', { eager: true, import: 'default' });
const app = new App(loadScenarios(files));
app.showTitle();
app.openPageLink();
// A link pasted into the address bar of an open page changes only its fragment.
window.addEventListener('hashchange', () => app.openPageLink());
progress = (fraction) => app.mapListener.progress(fraction);
document.addEventListener('keydown', (event) => app.handleKey(event));
document.addEventListener('pointerdown', (event) => app.handlePointerDown(event), true);

Promise.all([boot, mapScene])
  .then(async ([{ game, map }, { addMapScene }]) => {
    addMapScene(game, await map, app.mapListener, (port) => app.attachMap(port));
  })
  .catch((error: unknown) => {
    const notice = document.getElementById('map-progress')?.closest('.map-loading');
    if (notice !== null && notice !== undefined) notice.textContent = `The map could not load: ${String(error)}`;
  });
