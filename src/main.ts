/**
 * The browser entry point: the title screen first (HTML over the canvas), then
 * Phaser and the map load behind it, in their own chunk.
 */
import './ui/style.css';
import './ui/game.css';
import { App, loadScenarios } from './ui/app';

const files = import.meta.glob('../scenarios/*.json', { eager: true, import: 'default' });
const app = new App(loadScenarios(files));
app.showTitle();
document.addEventListener('keydown', (event) => app.handleKey(event));

// The map: Phaser and the map file load after the title is interactive.
requestAnimationFrame(() => {
  import('./scenes/mapGame')
    .then(({ startMapGame }) => startMapGame(app.mapListener, (port) => app.attachMap(port)))
    .catch((error: unknown) => {
      const notice = document.getElementById('map-progress')?.closest('.map-loading');
      if (notice !== null && notice !== undefined) notice.textContent = `The map could not load: ${String(error)}`;
    });
});
