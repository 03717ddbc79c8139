/** The tiny valid scenario the engine and graph tests start from, validated by the real schema. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { KnownIds } from '../content-text.ts';
import { checkScenarioGraph } from './graph.ts';
import { scenarioSchema, type Scenario } from '../../schemas/scenario.ts';

const text = readFileSync('tests/fixtures/content/base/scenarios/sam.yaml', 'utf8');

/** A fresh copy each call, so a test can break it without touching the others. */
export function validScenario(): Scenario {
  return scenarioSchema.parse(parse(text));
}

/** Freezes a value all the way down, so a test fails if the engine changes its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The ids the graph-check tests treat as existing. */
export const known: KnownIds = {
  guidance: new Set(['consent', 'significant-harm']),
  glossary: new Set(['cluster']),
  contacts: new Set(['duty-and-advice']),
};
/** The file the graph-check tests name in messages. */
export const FILE = 'content/scenarios/school.yaml';

/** The build's messages for the valid scenario after `breakIt` has changed it. */
export function problems(breakIt: (s: Scenario) => void): string[] {
  const scenario = validScenario();
  breakIt(scenario);
  return checkScenarioGraph(scenario, { file: FILE, known }).map((p) => p.message);
}

/** A step of a scenario by id, and a choice of a step by id. */
export const step = (s: Scenario, id: string) => s.conversation.steps.find((x) => x.id === id)!;
export const choice = (s: Scenario, stepId: string, id: string) => step(s, stepId).choices.find((c) => c.id === id)!;
