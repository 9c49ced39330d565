/**
 * A progress bar on standard error for long runs, drawn only when standard
 * error is a terminal (silent in pipes, files and tests).
 */

export interface Progress {
  update(done: number): void;
  finish(): void;
}

/** A bar for `total` steps on `stream`, or a silent one if the stream is not a terminal. */
export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr, label = 'games'): Progress {
  if (!stream.isTTY || total < 200) return { update() {}, finish() {} };
  const width = 30;
  let lastPercent = -1;
  return {
    update(done) {
      const percent = Math.floor((done * 100) / total);
      if (percent === lastPercent) return;
      lastPercent = percent;
      const filled = Math.round((percent * width) / 100);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% ${done}/${total} ${label}`);
    },
    finish() {
      stream.write('\r\x1b[2K');
    },
  };
}
