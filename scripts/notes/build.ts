// npm run build:timeline — writes scenarios/text/timeline.en.json from the project's timeline
// (../shared/history/timeline.md, or $HOLLOW_PACT_SHARED/history/timeline.md): every row's date,
// event, sources and confidence, the tags' meanings and the source keys, for the game to show
// where a citation names the timeline; and scenarios/text/notes.en.json from actors.md and
// counterfactuals.md, row by row and section by section. Same sources, same bytes; tests check
// the shipped files.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { notesFile } from '../../src/glossary/researchNotes';
import { readShared } from '../../src/glossary/sharedSources';
import { timelineFile } from '../../src/glossary/timelineNotes';

const written = (name: string, text: string) => {
  writeFileSync(resolve(import.meta.dirname, '../../scenarios/text', name), text);
  console.log(`scenarios/text/${name}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
};
written('timeline.en.json', timelineFile(readShared('history/timeline.md')));
// The notes on the actors and the counterfactuals, which data files cite as "actors.md (…)", "counterfactuals.md §…".
written(
  'notes.en.json',
  notesFile({ actors: readShared('history/actors.md'), counterfactuals: readShared('history/counterfactuals.md') }),
);
