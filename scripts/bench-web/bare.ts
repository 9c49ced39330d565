/**
 * The baseline of `npm run bench:web`: a bare Phaser 4 page that draws one
 * polygon and one line of text at 1024×768 with FIT scaling.
 */
import Phaser from 'phaser';

class Bare extends Phaser.Scene {
  create(): void {
    this.add.polygon(512, 384, [0, 0, 300, 40, 260, 260, 20, 220], 0x0072b2);
    this.add.text(40, 40, 'A bare Phaser page', { fontFamily: 'Georgia, serif', fontSize: '24px', color: '#111' });
    this.game.events.once('postrender', () => performance.mark('first-frame'));
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'map',
  width: 1024,
  height: 768,
  backgroundColor: '#b9d3e0',
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [Bare],
});
