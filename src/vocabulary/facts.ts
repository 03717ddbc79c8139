/**
 * The facts the site must carry, by id, from the two source documents
 * (see `shared/source/FACTS.md` in the project's steering folder). Each guidance page,
 * glossary term and contact lists the ids it carries; a test fails when an id here is
 * carried by nothing. The labels are short reminders in our own words, for reviewers.
 */

/** Which source document a fact comes from. */
export const SOURCES = {
  R: 'Right conversation, right people, right time',
  E: 'Early help',
} as const;

export const FACTS = {
  R1: 'Continual assessment, supported by conversations, is the best way to meet needs',
  R2: 'A checklist is mechanistic, finds weaknesses, misses complexity and strengths',
  R3: 'Beyond universal services, quality conversations improve decisions and joint working',
  R4: 'Why conversations beat thresholds: complexity, false certainty, unrealistic models, gaming',
  R5: 'Conversation opportunities: calls and meetings across Universal, Targeted and Specialist services',
  R6: 'Conversations must be constructive, part of assessment and planning, and continue',
  R7: 'Advantages: collaboration, shared responsibility, flexibility, unique needs, less bias',
  R8: 'When people disagree: line manager, safeguarding lead, concerns resolution procedures',
  R9: 'Record every conversation: that it happened, what was agreed, how well it helped',
  R10: 'Moves between services are planned and safe through conversations',
  R11: 'Assessing children you meet is everyone’s job; respond early, together',
  R12: 'As needs are met, conversations and support continue until no longer needed',
  R13: 'Always consider consent',
  R14: 'Working Together 2015: child in need or significant harm means refer immediately; any professional can',
  R15: 'Practitioners must call the Duty and Advice Team (option 3); out of hours the Emergency Duty Team',
  R16: 'Early Help Assessment support line (option 1)',
  R17: 'There are documents to print',
  E1: 'What early help means in Leeds',
  E2: 'Early help is for any age; families are entitled to it when they need it',
  E3: 'Purpose: prompt, targeted help stops problems becoming acute, chronic and costly',
  E4: 'Early help through universal services and clusters; best from those who already know the family',
  E5: 'Anyone working with children or families, adult services too, starts conversations',
  E6: 'Multi-agency quality conversation: clarify concerns, identify needs, agree response and coordination',
  E7: 'The best time for a conversation is early in the life of a problem',
  E8: 'Most needs are met by family or universal services, available to all as a right',
  E9: 'Targeted services add capacity and expertise for families with more challenges',
  E10: 'More vulnerable children: coordinated approach, Early Help Assessment, Lead Practitioner, clusters',
  E11: 'Practitioners can request specialist services directly, including for significant harm',
  E12: 'Significant harm concern: contact the Duty and Advice Team; out of hours number',
  E13: 'Members of the public ring the Contact Centre',
  E14: 'Family Information Service for universal services',
  E15: 'Integrated Processes Team for clusters and targeted services',
  E16: 'What the Duty and Advice Team does: referral, signposting or Early Help Assessment',
  E17: 'Leeds Safeguarding Children Board website: document, poster, video, glossary',
} as const;

/** A fact id, such as `R4` or `E13`. */
export type FactId = keyof typeof FACTS;

/** Every fact id, in source order. */
export const FACT_IDS = Object.keys(FACTS) as FactId[];

/** Whether a string is a known fact id. */
export function isFactId(id: string): id is FactId {
  return Object.hasOwn(FACTS, id);
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
