/**
 * Every real scenario file in content/scenarios/ passes the build's own checks (schema,
 * graph and teaching rules, src/rules/scenario-folder.ts) and keeps the shape the
 * training needs. The rules themselves live in the checker, not here: this file adds only
 * what is true of the site's set of scenarios as a whole, and of their shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScalar, parse, parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { knownIds } from '../content-checks.ts';
import { checkScenarioText } from '../scenario-folder.ts';
import { completePaths } from '../../features/scenarios/paths.ts';
import { callsDutyAndAdvice, giveaways, isSignificantHarmCase } from './teaching.ts';
import { checklistEndingFor, honestTicks } from '../../features/scenarios/checklist.ts';
import { checkContentText } from '../content-text.ts';
import { scenarioSchema, type Ending } from '../../schemas/scenario.ts';

const FOLDER = 'content/scenarios';
const known = knownIds('content');
const files = readdirSync(FOLDER)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const load = (file: string) => scenarioSchema.parse(parse(readFileSync(join(FOLDER, file), 'utf8')));
const total = (e: Ending) => Object.values(e.outcomes).reduce((a, b) => a + b, 0);
const paragraphs = (text: string) => text.trim().split(/\n\s*\n/).length;

describe('the scenario files', () => {
  const scenarios = files.map(load);

  it('include at least seven, each from a different starting practitioner', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    const roles = scenarios.map((s) => s.role);
    expect(new Set(roles).size).toBe(roles.length);
  });

  it('include one about significant harm', () => {
    expect(scenarios.some((s) => isSignificantHarmCase(s))).toBe(true);
  });

  it('include at least two cases, not about significant harm, where ringing the Duty and Advice Team for advice is a strong choice on a route to a strong ending', () => {
    const withAdviceRoute = scenarios.filter((s) => {
      if (isSignificantHarmCase(s)) return false;
      const strongAdvice = new Set(
        s.conversation.steps.flatMap((step) =>
          step.choices
            .filter((c) => c.quality === 'strong' && callsDutyAndAdvice(c) && /advice/i.test(c.label.replace(/duty and advice/gi, '')))
            .map((c) => `${step.id}/${c.id}`),
        ),
      );
      const strongEndings = new Set(s.conversation.endings.filter((e) => Object.values(e.outcomes).every((v) => v >= 3)).map((e) => e.id));
      return completePaths(s).some((p) => strongEndings.has(p.end.id) && p.choices.some((c) => strongAdvice.has(`${c.step}/${c.choice}`)));
    });
    expect(withAdviceRoute.map((s) => s.title).length, withAdviceRoute.map((s) => s.title).join(', ')).toBeGreaterThanOrEqual(2);
  });

  it('put the best choice first at no more than half of all steps, and make it the longest at no more than half', () => {
    const found = scenarios.map(giveaways);
    const steps = found.reduce((n, g) => n + g.steps.length, 0);
    expect(found.reduce((n, g) => n + g.first.length, 0)).toBeLessThanOrEqual(steps / 2);
    expect(found.reduce((n, g) => n + g.last.length, 0)).toBeLessThanOrEqual(steps / 2);
    expect(found.reduce((n, g) => n + g.longest.length, 0)).toBeLessThanOrEqual(steps / 2);
  });

  it('never show a total score in their words', () => {
    for (const [file, s] of files.map((f, i) => [f, scenarios[i]!] as const)) {
      const words = JSON.stringify(s);
      expect([file, /out of (20|twenty)|scored? \d+/i.test(words)]).toEqual([file, false]);
    }
  });
});

describe.each(files)('%s', (file) => {
  const text = readFileSync(join(FOLDER, file), 'utf8');
  const result = scenarioSchema.safeParse(parse(text));

  it('passes the build checks: schema, graph and teaching rules', () => {
    expect(checkScenarioText(text, join(FOLDER, file), known)).toEqual([]);
  });
  if (!result.success) return;
  const s = result.data;
  const steps = s.conversation.steps;
  const choices = steps.flatMap((x) => x.choices);

  it('is named with a lower-case-hyphenated id', () => {
    expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/);
  });

  it('has no text cut short by a # read as a comment', () => {
    const cut: string[] = [];
    visit(parseDocument(text), (_key, node) => {
      if (isScalar(node) && node.comment) cut.push(`${String(node.value)} #${node.comment}`);
    });
    expect(cut).toEqual([]);
  });

  it('types no phone number, tel: link or web address', () => {
    expect(checkContentText(text, known, false)).toEqual([]);
    expect(text).not.toMatch(/https?:|www\.|tel:/i);
  });

  it('has the shape the training needs', () => {
    expect(paragraphs(s.case)).toBeGreaterThanOrEqual(2);
    expect(paragraphs(s.case)).toBeLessThanOrEqual(4);
    expect(s.minutes).toBeGreaterThanOrEqual(10);
    expect(s.minutes).toBeLessThanOrEqual(20);
    expect(s.learningPoints.length).toBeGreaterThanOrEqual(3);
    expect(s.checklist.items.length).toBeGreaterThanOrEqual(6);
    expect(s.checklist.items.length).toBeLessThanOrEqual(10);
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps.length).toBeLessThanOrEqual(9);
    expect(s.conversation.endings.length).toBeGreaterThanOrEqual(3);
  });

  it('explains every choice with guidance and facts, and offers a strong choice at every step', () => {
    for (const c of choices) expect([c.id, c.guidance.length > 0 && c.facts.length > 0]).toEqual([c.id, true]);
    for (const x of steps) expect([x.id, x.choices.some((c) => c.quality === 'strong')]).toEqual([x.id, true]);
  });

  it('gives the best conversation ending a better outcome than any checklist ending', () => {
    const best = Math.max(...s.conversation.endings.map(total));
    for (const e of s.checklist.endings) expect(total(e), e.id).toBeLessThan(best);
  });

  it('has a checklist that, ticked honestly, reaches an ending without any tick the case does not support', () => {
    expect(checklistEndingFor(s, honestTicks(s))).toBeDefined();
  });
});
