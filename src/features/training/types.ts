/** What the presenter view and the speaker notes are given by their pages. */
import type { ContactRef } from '../../schemas/contact.ts';
import type { Scenario } from '../../schemas/scenario.ts';

/** The props of the presenter island: the scenario and the titles and contacts it links to. */
export interface PresenterProps {
  scenarioId: string;
  scenario: Scenario;
  /** Guidance page titles by id. */
  guidance: Record<string, string>;
  /** The contacts the scenario links to, by id. */
  contacts: Record<string, ContactRef>;
  /** Where the speaker notes are; the scenario's own notes page unless given (the studio has its own). */
  notesHref?: string;
}
