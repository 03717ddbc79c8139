/**
 * The facts the site must carry, by id, from the two source documents
 * (see `shared/source/FACTS.md` in the project's steering folder). Each guidance page,
 * glossary term and contact lists the ids it carries; a test fails when an id here is
 * carried by nothing.
 */

/**
 * Every fact id, in source order: `R` facts come from "Right conversation, right people,
 * right time", `E` facts from "Early help". Their labels and the sources' names are words,
 * in content/facts.yaml; the build checks that the file labels exactly these ids.
 */
// prettier-ignore
export const FACT_IDS = [
  'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15', 'R16', 'R17',
  'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10', 'E11', 'E12', 'E13', 'E14', 'E15', 'E16', 'E17',
] as const;

/** A fact id, such as `R4` or `E13`. */
export type FactId = (typeof FACT_IDS)[number];

/** The letters fact ids start with, one per source document, in source order. */
export const FACT_SOURCES = ['R', 'E'] as const;

/** Whether a string is a known fact id. */
export function isFactId(id: string): id is FactId {
  return (FACT_IDS as readonly string[]).includes(id);
}

/**
 * The fact ids that none of the given lists carries, in source order.
 * @param carried each page's (or entry's) list of fact ids
 */
export function uncarriedFacts(carried: Iterable<readonly string[]>): FactId[] {
  const seen = new Set<string>();
  for (const list of carried) for (const id of list) seen.add(id);
  return FACT_IDS.filter((id) => !seen.has(id));
}
