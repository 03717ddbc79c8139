/** The tiny valid scenario the engine and graph tests start from, validated by the real schema. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { scenarioSchema, type Scenario } from '../../../../src/schemas/scenario.ts';

const text = readFileSync('tests/fixtures/scenarios/valid.yaml', 'utf8');

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
