/** What the presenter view and the speaker notes are given by their pages. */
import type { Scenario } from '../../schemas/scenario.ts';

/** A contact as an island shows it: the name and the number as written in its entry. */
export interface ContactSummary {
  id: string;
  name: string;
  phone?: string | undefined;
  option?: number | undefined;
  website?: string | undefined;
}

/** The props of the presenter island: the scenario and the titles and contacts it links to. */
export interface PresenterProps {
  scenarioId: string;
  scenario: Scenario;
  /** Guidance page titles by id. */
  guidance: Record<string, string>;
  /** The contacts the scenario links to, by id. */
  contacts: Record<string, ContactSummary>;
  /** Where the speaker notes are; the scenario's own notes page unless given (the studio has its own). */
  notesHref?: string;
}
