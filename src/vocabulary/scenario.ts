/**
 * The words scenarios are described in: outcome dimensions, starting roles, themes and
 * choice qualities. Kept apart from the zod schema (src/schemas/scenario.ts re-exports
 * them) so that the scenario player can show the labels without shipping zod to the browser.
 */

/** The outcome dimensions every ending is scored on, 0 (worst) to 4 (best). */
export const DIMENSIONS = {
  needsMet: "The child's needs met",
  familyTrust: "The family's trust",
  strengthsRecognised: 'Strengths recognised',
  timeToHelp: 'Time to the right help',
  sharedResponsibility: 'Responsibility shared between agencies',
} as const;
export type Dimension = keyof typeof DIMENSIONS;

/** The highest score on any dimension. */
export const MAX_SCORE = 4;

/**
 * Each score in words, 0 to 4. The site shows outcomes in words, dimension by
 * dimension, and never adds them up: it argues against scoring a child's life.
 */
export const OUTCOME_WORDS = ['Very poor', 'Poor', 'Fair', 'Good', 'Very good'] as const;

/** A score on one dimension in words: 3 is "Good". */
export function outcomeWord(score: number): string {
  return OUTCOME_WORDS[Math.max(0, Math.min(MAX_SCORE, score))]!;
}

/** The practitioner a scenario starts with. */
export const ROLES = {
  'primary-school': 'Primary school',
  'secondary-school': 'Secondary school',
  'early-years': 'Early years and nursery',
  'health-visitor': 'Health visitor',
  'school-nurse': 'School nurse',
  gp: 'GP practice',
  housing: 'Housing',
  'adult-mental-health': 'Adult mental health',
  'youth-work': 'Youth work',
  police: 'Police',
  'third-sector': 'Third sector',
  'family-support': 'Family support and cluster',
} as const;
export type Role = keyof typeof ROLES;

/** What a scenario is about. */
export const THEMES = {
  'emotional-wellbeing': 'Emotional wellbeing',
  attendance: 'Attendance and learning',
  'new-parent': 'New parents and babies',
  'adult-services': 'Adult services and the whole family',
  consent: 'Consent',
  'child-voice': "The child's voice",
  disagreement: 'Disagreement and escalation',
  'step-down': 'Moving between services and stepping down',
  'significant-harm': 'Significant harm',
  recording: 'Recording conversations',
  strengths: 'Strengths',
  'multi-agency': 'Working across agencies',
} as const;
export type Theme = keyof typeof THEMES;

/** How a choice on the conversation route is judged, as the player reads it. */
export const QUALITIES = {
  strong: 'Strong choice',
  mixed: 'Mixed choice',
  weak: 'Weak choice',
} as const;
export type Quality = keyof typeof QUALITIES;
