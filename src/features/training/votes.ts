/**
 * The room's votes at one step of a scenario: the trainer counts hands and enters the
 * counts; the room takes the choice with the most votes. Pure: counts in, counts out.
 *
 * The tie rule: when two or more choices share the most votes, the room takes the first
 * of them in the order the choices are shown. The trainer can always choose another.
 */

/** Votes for each choice at one step, keyed by choice id. A missing id means 0. */
export type Counts = Readonly<Record<string, number>>;

/** The most votes one choice can hold: more than any room, small enough to show. */
export const MAX_VOTES = 999;

/** The tie rule, in words, for the presenter and the debrief. */
export const TIE_RULE = 'If choices tie for the most votes, the room takes the first of them in the order shown. You can choose another.';

/** A whole number from 0 to MAX_VOTES, from whatever the trainer typed. */
export function cleanCount(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  if (!Number.isFinite(n) || n < 0) return 0;
  return Math.min(MAX_VOTES, Math.floor(n));
}

/** The counts with one choice's count set. */
export function setCount(counts: Counts, choiceId: string, value: unknown): Counts {
  return { ...counts, [choiceId]: cleanCount(value) };
}

/** All the votes cast at a step, counting only the choices listed. */
export function totalVotes(choiceIds: readonly string[], counts: Counts): number {
  return choiceIds.reduce((sum, id) => sum + (counts[id] ?? 0), 0);
}

/** One bar of the chart: a choice, its votes and its share of the votes. */
export interface Bar {
  choiceId: string;
  votes: number;
  /** Whole per cent of all votes at the step, 0 when nobody has voted. */
  percent: number;
}

/** The bars for a step's chart, in the order the choices are shown. */
export function tally(choiceIds: readonly string[], counts: Counts): Bar[] {
  const total = totalVotes(choiceIds, counts);
  return choiceIds.map((choiceId) => {
    const votes = counts[choiceId] ?? 0;
    return { choiceId, votes, percent: total === 0 ? 0 : Math.round((votes / total) * 100) };
  });
}

/** How the room's choice was reached. */
export type DecidedBy =
  /** One choice had the most votes. */
  | 'vote'
  /** Choices tied for the most votes; the first of them was taken (the tie rule). */
  | 'tie'
  /** The trainer chose for the room. */
  | 'trainer'
  /** Nobody has voted and the trainer has not chosen: there is no choice yet. */
  | 'none';

/** The room's choice at a step. */
export interface RoomChoice {
  /** The choice taken, or undefined when there is none yet. */
  choiceId: string | undefined;
  by: DecidedBy;
  /** The choices with the most votes (more than one on a tie; empty with no votes). */
  leaders: string[];
}

/**
 * The room's choice: the trainer's choice if they made one, else the choice with the most
 * votes, else (on a tie) the first of the leaders in the order shown.
 * @param choiceIds the step's choices, in the order shown
 * @param counts the votes entered
 * @param override a choice the trainer picked for the room, if any
 */
export function roomChoice(choiceIds: readonly string[], counts: Counts, override?: string): RoomChoice {
  const top = Math.max(0, ...choiceIds.map((id) => counts[id] ?? 0));
  const leaders = top === 0 ? [] : choiceIds.filter((id) => (counts[id] ?? 0) === top);
  if (override !== undefined && choiceIds.includes(override)) return { choiceId: override, by: 'trainer', leaders };
  if (leaders.length === 0) return { choiceId: undefined, by: 'none', leaders };
  return { choiceId: leaders[0], by: leaders.length > 1 ? 'tie' : 'vote', leaders };
}

/** The letter a choice is shown with: A, B, C, D. */
export function choiceLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
