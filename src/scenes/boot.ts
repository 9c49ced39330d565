/**
 * Phaser's boot: the game and its preloader, which load the map file with a
 * real progress bar. It needs nothing of the game's code, so the canvas draws
 * its first frame while the engine is still loading; the map scene
 * (mapGame.ts) is added when both are there.
 */
import Phaser from 'phaser';
import { checkMapFile, type MapFile } from '../ui/mapFile';
import { FALLBACK_MAP } from './fallbackMap';

const mapUrls = import.meta.glob('../../assets/map/europe-1936.map.json', {
  eager: true,
  query: '?url',
  import: 'default',
});
const MAP_URL: string | undefined = Object.values(mapUrls).find((u): u is string => typeof u === 'string');

class Preloader extends Phaser.Scene {
  constructor(
    private readonly progress: (fraction: number) => void,
    private readonly loaded: (map: MapFile) => void,
  ) {
    super('preloader');
  }

  preload(): void {
    this.game.events.once('postrender', () => performance.mark('map-first-frame'));
    this.load.on('progress', (value: number) => this.progress(value));
    if (MAP_URL !== undefined) this.load.json('map', MAP_URL);
  }

  create(): void {
    const data: unknown = this.cache.json.get('map');
    const checked = data === undefined ? null : checkMapFile(data);
    this.loaded(checked?.ok === true ? checked.map : FALLBACK_MAP);
  }
}

/** Start Phaser in #map with the preloader; the promise gives the map file once it has loaded. */
export function bootMap(progress: (fraction: number) => void): { game: Phaser.Game; map: Promise<MapFile> } {
  const parent = document.getElementById('map') ?? undefined;
  // The map takes the keyboard (arrows pan, + and - zoom) when it has the focus.
  if (parent !== undefined) parent.tabIndex = 0;
  let resolve: (map: MapFile) => void = () => {};
  const map = new Promise<MapFile>((r) => {
    resolve = r;
  });
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: 1024,
    height: 768,
    backgroundColor: '#b9d3e0',
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: { target: parent } },
    // FIT keeps 1024×768's proportions from a small laptop to a 1920×1080 projector; the canvas
    // sits at the left, beside the panel.
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.NO_CENTER },
    scene: [new Preloader(progress, resolve)],
  });
  return { game, map };
}
