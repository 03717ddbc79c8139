/**
 * Every real scenario file in content/scenarios/ parses, passes the schema and the graph
 * rules, and keeps the shape the training needs. The build's own graph checks live in
 * src/lib/scenario/ (issue 4); these simpler checks let the content stand on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScalar, parse, parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scenarioSchema, type Ending, type Scenario } from '../../../src/schemas/scenario.ts';
import { checkContentText } from '../../../src/lib/content-checks.ts';

const FOLDER = 'content/scenarios';
/** The longest path, in moves, a player may take from `start` to an ending. */
const MAX_MOVES = 20;

/** Guidance pages and glossary terms planned for the site (the build checks they exist). */
const GUIDANCE = new Set(
  'significant-harm early-help-in-leeds right-conversation conversations-not-checklists how-we-respond quality-conversations when-conversations-are-hard recording-conversations moving-between-services consent further-help'.split(' '),
);
const GLOSSARY = new Set(
  'child-in-need significant-harm early-help-assessment cluster specialist-services early-help universal-services targeted-services lead-practitioner duty-and-advice-team emergency-duty-team conversation-opportunity quality-conversation consent threshold checklist-approach concerns-resolution-procedures safeguarding-lead stepping-down multi-agency-working third-sector childrens-social-care referral'.split(' '),
);
const CONTACTS = new Set(readdirSync('content/contacts').map((f) => f.replace(/\.mdx$/, '')));

const files = readdirSync(FOLDER).filter((f) => /\.ya?ml$/.test(f)).sort();
const load = (file: string) => scenarioSchema.parse(parse(readFileSync(join(FOLDER, file), 'utf8')));
const total = (e: Ending) => Object.values(e.outcomes).reduce((a, b) => a + b, 0);
const paragraphs = (text: string) => text.trim().split(/\n\s*\n/).length;

/** Problems with a scenario's graph: missing targets, unreachable steps, loops, long paths, bad bands. */
function graphProblems(s: Scenario): string[] {
  const problems: string[] = [];
  const { steps, endings } = s.conversation;
  const all = [...steps.map((x) => x.id), ...endings.map((x) => x.id), ...s.checklist.endings.map((x) => x.id)];
  for (const id of new Set(all)) if (all.filter((x) => x === id).length > 1) problems.push(`id ${id} is used twice`);
  const step = new Map(steps.map((x) => [x.id, x]));
  const ending = new Set(endings.map((x) => x.id));
  if (!step.has(s.conversation.start)) problems.push(`start ${s.conversation.start} is not a step`);
  for (const x of steps)
    for (const c of x.choices)
      if (!step.has(c.next) && !ending.has(c.next)) problems.push(`choice ${c.id} in ${x.id} points to missing ${c.next}`);

  // Depth-first walk: finds loops and the longest path to an ending.
  const longest = new Map<string, number>();
  const walk = (id: string, onPath: Set<string>): number => {
    if (ending.has(id)) return 0;
    const x = step.get(id);
    if (!x) return 0;
    if (onPath.has(id)) {
      problems.push(`loop through ${id}`);
      return MAX_MOVES;
    }
    const known = longest.get(id);
    if (known !== undefined) return known;
    onPath.add(id);
    const depth = 1 + Math.max(...x.choices.map((c) => walk(c.next, onPath)));
    onPath.delete(id);
    longest.set(id, depth);
    return depth;
  };
  const depth = walk(s.conversation.start, new Set());
  if (depth > MAX_MOVES) problems.push(`a path takes ${depth} moves; the most is ${MAX_MOVES}`);
  const reached = new Set([...longest.keys(), ...steps.flatMap((x) => (longest.has(x.id) ? x.choices.map((c) => c.next) : []))]);
  for (const id of [...step.keys(), ...ending]) if (!reached.has(id)) problems.push(`${id} cannot be reached from start`);

  const bands = s.checklist.bands;
  if (bands[0]?.min !== 0) problems.push('the first band does not start at 0');
  bands.forEach((b, i) => {
    if (i > 0 && b.min <= (bands[i - 1]?.min ?? 0)) problems.push(`band ${b.service} does not rise`);
    if (!s.checklist.endings.some((e) => e.id === b.ending)) problems.push(`band ${b.service} points to missing ${b.ending}`);
  });
  for (const e of s.checklist.endings)
    if (!bands.some((b) => b.ending === e.id)) problems.push(`checklist ending ${e.id} is reached by no band`);
  return problems;
}

/** The service the checklist decides when exactly the items the case supports are ticked. */
function honestBand(s: Scenario) {
  const score = s.checklist.items.filter((i) => i.applies).reduce((a, i) => a + i.points, 0);
  return [...s.checklist.bands].reverse().find((b) => score >= b.min);
}

describe('the graph checks in this test', () => {
  const s = load(files[0] ?? '');
  const copy = (): Scenario => structuredClone(s);
  it('catch a choice pointing nowhere', () => {
    const bad = copy();
    bad.conversation.steps[0]!.choices[0]!.next = 'nowhere';
    expect(graphProblems(bad).join()).toContain('points to missing nowhere');
  });
  it('catch a loop and a step that cannot be reached', () => {
    const bad = copy();
    const first = bad.conversation.steps[0]!;
    bad.conversation.steps.push({ ...first, id: 'island' });
    bad.conversation.steps[1]!.choices[0]!.next = first.id;
    const problems = graphProblems(bad).join();
    expect(problems).toContain('loop through');
    expect(problems).toContain('island cannot be reached');
  });
  it('catch bands that do not start at 0', () => {
    const bad = copy();
    bad.checklist.bands[0]!.min = 1;
    expect(graphProblems(bad)).toContain('the first band does not start at 0');
  });
});

describe('the scenario files', () => {
  it('include at least seven, each from a different starting practitioner', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    const roles = files.map((f) => load(f).role);
    expect(new Set(roles).size).toBe(roles.length);
  });

  it('include one about significant harm', () => {
    expect(files.some((f) => load(f).themes.includes('significant-harm'))).toBe(true);
  });
});

describe.each(files)('%s', (file) => {
  const text = readFileSync(join(FOLDER, file), 'utf8');
  const result = scenarioSchema.safeParse(parse(text));

  it('passes the schema', () => {
    expect(result.error?.issues ?? []).toEqual([]);
  });
  if (!result.success) return;
  const s = result.data;
  const steps = s.conversation.steps;
  const choices = steps.flatMap((x) => x.choices);

  it('is named with a lower-case-hyphenated id', () => {
    expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/);
  });

  it('keeps to the graph rules', () => {
    expect(graphProblems(s)).toEqual([]);
  });

  it('has no text cut short by a # read as a comment', () => {
    const cut: string[] = [];
    visit(parseDocument(text), (_key, node) => {
      if (isScalar(node) && node.comment) cut.push(`${String(node.value)} #${node.comment}`);
    });
    expect(cut).toEqual([]);
  });

  it('types no phone number, tel: link or web address', () => {
    const known = { contacts: CONTACTS, glossary: GLOSSARY, guidance: GUIDANCE };
    expect(checkContentText(text, known, false)).toEqual([]);
    expect(text).not.toMatch(/https?:|www\.|tel:/i);
  });

  it('links only to planned guidance, glossary terms and real contacts', () => {
    const linked = [s, ...steps, ...choices, ...s.conversation.endings, ...s.checklist.endings];
    for (const x of linked) {
      for (const id of x.guidance) expect(GUIDANCE, `guidance ${id}`).toContain(id);
      for (const id of x.glossary) expect(GLOSSARY, `glossary ${id}`).toContain(id);
      for (const id of x.contacts) expect(CONTACTS, `contact ${id}`).toContain(id);
    }
  });

  it('has the shape the training needs', () => {
    expect(paragraphs(s.case)).toBeGreaterThanOrEqual(2);
    expect(paragraphs(s.case)).toBeLessThanOrEqual(4);
    expect(s.minutes).toBeGreaterThanOrEqual(10);
    expect(s.minutes).toBeLessThanOrEqual(20);
    expect(s.learningPoints.length).toBeGreaterThanOrEqual(3);
    expect(s.checklist.items.length).toBeGreaterThanOrEqual(6);
    expect(s.checklist.items.length).toBeLessThanOrEqual(10);
    expect(s.checklist.bands.length).toBeLessThanOrEqual(3);
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

  if (s.themes.includes('significant-harm')) {
    it('makes an immediate call to the Duty and Advice Team the only strong first choice', () => {
      const first = steps.find((x) => x.id === s.conversation.start);
      for (const c of first?.choices ?? []) {
        expect([c.id, c.quality]).toEqual([c.id, c.contacts.includes('duty-and-advice') ? 'strong' : 'weak']);
      }
    });
    it('shows the honest checklist score falling short of a referral (false certainty)', () => {
      const top = s.checklist.bands.at(-1);
      expect(honestBand(s)?.min).toBeLessThan(top?.min ?? 0);
    });
  }
});
