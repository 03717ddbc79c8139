/**
 * What the training tests need to know about the scenarios (read through support/content.ts):
 * the strongest route, worked out by the same engine the site uses, so the tests follow the
 * content rather than a copy of it; and the presenter view's parts.
 */
import type { Page } from '@playwright/test';
import type { Scenario } from '../../../src/schemas/scenario.ts';
import { strongestPath } from '../../../src/features/scenarios/paths.ts';

/** The strongest route, each step with the index of its strongest choice. */
export function strongestRoute(scenario: Scenario) {
  const path = strongestPath(scenario);
  if (!path) throw new Error(`${scenario.title}: no route reaches an ending`);
  return {
    ending: scenario.conversation.endings.find((e) => e.id === path.ending)!,
    steps: path.choices.map(({ step, choice }) => {
      const s = scenario.conversation.steps.find((x) => x.id === step)!;
      return { step: s, index: s.choices.findIndex((c) => c.id === choice) };
    }),
  };
}

/** The presenter view's region and its current slide heading. */
export function presenter(page: Page) {
  const region = page.getByRole('region', { name: /^Presenter view/ });
  return { region, heading: region.getByRole('heading', { level: 2 }) };
}
