/**
 * Teacher notes and discussion questions for presentation mode, one set for
 * each kind of decision point (scenarios/teaching/presentation.en.json), and
 * which point the game is at. Pure: no DOM.
 */
import { z } from 'zod';
import notesJson from '../../scenarios/teaching/presentation.en.json';

const sourced = z.strictObject({ text: z.string().min(1), source: z.string().min(1) });
const pointSchema = z.strictObject({
  label: z.string().min(1),
  notes: z.array(sourced).min(1),
  questions: z.array(sourced).min(1),
});
export const teacherNotesSchema = z.strictObject({
  $comment: z.string(),
  version: z.literal(1),
  points: z.record(z.string(), pointSchema),
});

export type TeacherPoint = z.infer<typeof pointSchema>;
export type TeacherNotes = z.infer<typeof teacherNotesSchema>;

/** The notes file, checked when this module loads (a broken file fails loudly, in tests first). */
export const TEACHER_NOTES: TeacherNotes = teacherNotesSchema.parse(notesJson);

/** What the screen shows, as far as the teacher panel cares. */
export interface ScreenPoint {
  /** The game has ended (the ending and debrief are shown). */
  readonly ended: boolean;
  /** A crisis answered, its verdicts shown. */
  readonly answered: boolean;
  /** The German move of the crisis waiting for an answer, if one is. */
  readonly crisisMove: string | null;
  /** The convention's cards are open over the map. */
  readonly cardsOpen: boolean;
}

/** The key of the decision point in `notes.points` the screen is at. */
export function pointKey(point: ScreenPoint): string {
  if (point.ended) return 'ending';
  if (point.answered) return 'verdict';
  if (point.crisisMove !== null) return `crisis:${point.crisisMove}`;
  if (point.cardsOpen) return 'convention';
  return 'month';
}

/** The notes and questions for the screen's decision point; a crisis with none of its own gets the verdicts' set. */
export function teacherPoint(point: ScreenPoint, notes: TeacherNotes = TEACHER_NOTES): TeacherPoint {
  const key = pointKey(point);
  const found = notes.points[key] ?? (key.startsWith('crisis:') ? notes.points.verdict : undefined);
  const month = notes.points.month;
  if (found !== undefined) return found;
  if (month === undefined) throw new Error('presentation.en.json has no notes for "month"');
  return month;
}
