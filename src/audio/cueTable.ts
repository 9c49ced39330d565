/**
 * The table of sound cues (assets/sound/cues.json): for each cue its files,
 * the caption shown for it, its volume and whether it loops; and the music
 * periods with the month each begins. Validated with zod where it is read.
 */
import { z } from 'zod';
import cuesJson from '../../assets/sound/cues.json';

/** The effects the game plays: a dispatch, the Council, a signature, a crisis. */
export const EFFECT_IDS = ['telegraph', 'gavel', 'stamp', 'alarm'] as const;
export type EffectId = (typeof EFFECT_IDS)[number];

/** The formats a cue's files come in, most preferred first (Howler takes the first the browser plays). */
export const SOUND_FORMATS = ['webm', 'mp3'] as const;

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');
const text = z.string().trim().min(1, 'expected some text');
const fileName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*\.(webm|mp3)$/, 'expected a file name in assets/sound ending .webm or .mp3');

const periodSchema = z.strictObject({
  id: z.string().regex(/^\d{4}-\d{2}$/, 'expected a period id such as 1936-38'),
  label: text,
  from: yearMonth,
  mood: text,
  source: text,
});

const cueSchema = z.strictObject({
  kind: z.enum(['music', 'effect']),
  period: z.string().optional(),
  files: z.array(fileName).min(1, 'expected at least one file'),
  caption: text,
  volume: z.number().min(0, 'expected a volume from 0 to 1').max(1, 'expected a volume from 0 to 1'),
  loop: z.boolean(),
});

export const cueTableSchema = z
  .strictObject({
    $comment: z.string().optional(),
    periods: z.array(periodSchema).min(1, 'expected at least one period'),
    cues: z.record(z.string().regex(/^[a-z0-9-]+$/, 'expected a cue id of a-z, 0-9 and -'), cueSchema),
  })
  .superRefine((table, ctx) => {
    const periodIds = table.periods.map((p) => p.id);
    table.periods.forEach((period, index) => {
      if (periodIds.indexOf(period.id) !== index)
        ctx.addIssue({ code: 'custom', path: ['periods', index, 'id'], message: `period ${period.id} twice` });
      const previous = table.periods[index - 1];
      if (previous !== undefined && previous.from >= period.from)
        ctx.addIssue({
          code: 'custom',
          path: ['periods', index, 'from'],
          message: `expected a month after ${previous.from}, the previous period's`,
        });
    });
    for (const [id, cue] of Object.entries(table.cues)) {
      if (cue.kind === 'music') {
        if (cue.period === undefined || !periodIds.includes(cue.period))
          ctx.addIssue({
            code: 'custom',
            path: ['cues', id, 'period'],
            message: `expected one of ${periodIds.join(', ')}`,
          });
        if (!cue.loop) ctx.addIssue({ code: 'custom', path: ['cues', id, 'loop'], message: 'music loops' });
      } else if (cue.period !== undefined)
        ctx.addIssue({ code: 'custom', path: ['cues', id, 'period'], message: 'only music has a period' });
      const stems = new Set(cue.files.map((file) => file.replace(/\.[a-z0-9]+$/, '')));
      const formats = cue.files.map((file) => file.slice(file.lastIndexOf('.') + 1));
      if (stems.size !== 1 || new Set(formats).size !== formats.length)
        ctx.addIssue({
          code: 'custom',
          path: ['cues', id, 'files'],
          message: 'expected one recording in different formats',
        });
    }
    for (const period of periodIds) {
      const music = Object.values(table.cues).filter((cue) => cue.kind === 'music' && cue.period === period);
      if (music.length !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['periods'],
          message: `expected one music cue for period ${period}, found ${music.length}`,
        });
    }
    for (const effect of EFFECT_IDS) {
      if (table.cues[effect]?.kind !== 'effect')
        ctx.addIssue({ code: 'custom', path: ['cues', effect], message: 'expected this effect' });
    }
  });

export type CueTable = z.infer<typeof cueTableSchema>;
export type Cue = CueTable['cues'][string];
export type Period = CueTable['periods'][number];

/** Read a cue table: the table, or one line per problem (`cues.gavel.volume: expected a volume from 0 to 1`). */
export function parseCueTable(data: unknown): { ok: true; table: CueTable } | { ok: false; problems: string[] } {
  const result = cueTableSchema.safeParse(data);
  if (result.success) return { ok: true, table: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`),
  };
}

function loadBundledTable(): CueTable {
  const parsed = parseCueTable(cuesJson);
  if (!parsed.ok) throw new Error(`assets/sound/cues.json: ${parsed.problems.join('; ')}`);
  return parsed.table;
}

/** The game's cue table, checked when this module loads (a broken table is a build bug, caught by the tests). */
export const CUE_TABLE: CueTable = loadBundledTable();

/**
 * The music period of a month: the last period whose `from` is not after it
 * (months before the first period get the first).
 * @example periodOf('1936-05') // '1936-38'
 */
export function periodOf(month: string, table: CueTable = CUE_TABLE): string {
  const key = month.slice(0, 7);
  let current = table.periods[0]?.id ?? '';
  for (const period of table.periods) if (period.from <= key) current = period.id;
  return current;
}

/** The music cue id of a period, or undefined for an unknown period. */
export function musicCueOf(period: string, table: CueTable = CUE_TABLE): string | undefined {
  return Object.entries(table.cues).find(([, cue]) => cue.kind === 'music' && cue.period === period)?.[0];
}
