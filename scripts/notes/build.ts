// npm run build:timeline — writes scenarios/text/timeline.en.json from the project's timeline
// (../shared/history/timeline.md, or $HOLLOW_PACT_SHARED/history/timeline.md): every row's date,
// event, sources and confidence, the tags' meanings and the source keys, for the game to show
// where a citation names the timeline. Same source, same bytes; a test checks the shipped file.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readShared } from '../../src/glossary/sharedSources';
import { timelineFile } from '../../src/glossary/timelineNotes';

const out = resolve(import.meta.dirname, '../../scenarios/text/timeline.en.json');
const text = timelineFile(readShared('history/timeline.md'));
writeFileSync(out, text);
console.log(`scenarios/text/timeline.en.json: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
