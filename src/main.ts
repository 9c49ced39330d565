/**
 * The browser entry point. The title screen's first button is in index.html,
 * so it shows at once; Phaser and the map (their own chunks) start loading at
 * the same moment as the game's code, and the map draws behind the title.
 */
import './ui/style.css';
import './ui/game.css';

const mapModule = import('./scenes/mapGame');
const { App, loadScenarios } = await import('./ui/app');

const files = import.meta.glob('../scenarios/*.json', { eager: true, import: 'default' });
const app = new App(loadScenarios(files));
app.showTitle();
document.addEventListener('keydown', (event) => app.handleKey(event));
document.addEventListener('pointerdown', (event) => app.handlePointerDown(event), true);

mapModule
  .then(({ startMapGame }) => startMapGame(app.mapListener, (port) => app.attachMap(port)))
  .catch((error: unknown) => {
    const notice = document.getElementById('map-progress')?.closest('.map-loading');
    if (notice !== null && notice !== undefined) notice.textContent = `The map could not load: ${String(error)}`;
  });
