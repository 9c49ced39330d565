import { describe, expect, it } from 'vitest';
import movesJson from '../../scenarios/model/moves.json';
import { pointKey, TEACHER_NOTES, teacherNotesSchema, teacherPoint } from './teacherNotes';

const AT_MONTH = { ended: false, answered: false, crisisMove: null, cardsOpen: false };
/** The project's history files a note may cite (../shared/history/). */
const HISTORY_FILES = ['timeline.md', 'treaty-and-rules.md', 'counterfactuals.md', 'actors.md'];

describe('teacher notes for presentation mode', () => {
  it('has notes and questions for every German move the game can bring', () => {
    const moves = movesJson.moves.map((move) => move.id);
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) {
      const key = pointKey({ ...AT_MONTH, crisisMove: move });
      expect(TEACHER_NOTES.points[key], key).toBeDefined();
    }
  });

  it('gives every note a source in the history files or says it is the model’s own', () => {
    for (const point of Object.values(TEACHER_NOTES.points)) {
      for (const note of point.notes) {
        const cites = HISTORY_FILES.some((file) => note.source.includes(file));
        expect(cites || note.source.startsWith("The model's own assumption"), note.text).toBe(true);
      }
      for (const question of point.questions) {
        const cites = HISTORY_FILES.some((file) => question.source.includes(file));
        expect(cites || question.source.startsWith("The project's own question"), question.text).toBe(true);
      }
    }
  });

  it('picks the decision point the screen is at', () => {
    expect(pointKey(AT_MONTH)).toBe('month');
    expect(pointKey({ ...AT_MONTH, cardsOpen: true })).toBe('convention');
    expect(pointKey({ ...AT_MONTH, cardsOpen: true, crisisMove: 'sudetenland' })).toBe('crisis:sudetenland');
    expect(pointKey({ ...AT_MONTH, answered: true, crisisMove: 'sudetenland' })).toBe('verdict');
    expect(pointKey({ ...AT_MONTH, ended: true, answered: true })).toBe('ending');
    expect(teacherPoint({ ...AT_MONTH, crisisMove: 'sudetenland' }).label).toBe('The Sudeten crisis, September 1938');
    // A move without notes of its own falls back to the verdicts' set, not to nothing.
    expect(teacherPoint({ ...AT_MONTH, crisisMove: 'no-such-move' })).toBe(TEACHER_NOTES.points.verdict);
  });

  it('refuses a notes file with a point that has no questions', () => {
    const broken = {
      ...TEACHER_NOTES,
      points: { month: { label: 'x', notes: [{ text: 'a', source: 'b' }], questions: [] } },
    };
    expect(teacherNotesSchema.safeParse(broken).success).toBe(false);
  });
});
