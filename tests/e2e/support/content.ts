/**
 * The content entries, as the browser tests read them: the one place a test learns a phone
 * number, a contact's name, a page title or an id, so that no test holds a second copy of
 * the truth. Frontmatter and scenario files are parsed as YAML, as the build parses them;
 * numbers are shown with the site's own formatter (src/vocabulary/phone.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parsePhone, type PhoneNumber } from '../../../src/vocabulary/phone.ts';
import type { Scenario } from '../../../src/schemas/scenario.ts';

const CONTENT = 'content';

/** A contact entry (content/contacts/<id>.mdx), with its number as the site shows and dials it. */
export interface Contact {
  readonly id: string;
  readonly name: string;
  /** Grouped (`display`, as in the link text), national digits and `tel:` address; absent for a website-only contact. */
  readonly phone?: PhoneNumber;
  readonly website?: string;
  /** Who should call, when the contact is in the urgent-help panel on every page. */
  readonly urgent?: string;
  readonly order: number;
}

/** A guidance page (content/guidance/<id>.mdx), built at /guidance/<id>/. */
export interface GuidancePage {
  readonly id: string;
  readonly title: string;
  readonly path: string;
}

/** A glossary term (content/glossary/<id>.mdx). */
export interface GlossaryTerm {
  readonly id: string;
  readonly term: string;
  readonly abbreviations: readonly string[];
}

/** The ids of the entries in one folder of content/: file names without the extension, sorted. */
function ids(folder: string, extension: string): string[] {
  return readdirSync(join(CONTENT, folder))
    .filter((f) => f.endsWith(extension))
    .map((f) => f.slice(0, -extension.length))
    .sort();
}

/** The YAML frontmatter of an MDX entry: the lines between the opening `---` and the next. */
function frontmatter(folder: string, id: string): Record<string, unknown> {
  const lines = readFileSync(join(CONTENT, folder, `${id}.mdx`), 'utf8').split(/\r?\n/);
  const end = lines.indexOf('---', 1);
  if (lines[0] !== '---' || end === -1) throw new Error(`content/${folder}/${id}.mdx has no frontmatter between --- lines`);
  return parse(lines.slice(1, end).join('\n')) as Record<string, unknown>;
}

/** Every contact entry, in the site's order (`order`, lowest first). */
export function contacts(): Contact[] {
  return ids('contacts', '.mdx')
    .map((id) => {
      const data = frontmatter('contacts', id);
      const phone = data['phone'] === undefined ? undefined : parsePhone(String(data['phone']));
      return {
        id,
        name: String(data['name']),
        order: Number(data['order']),
        ...(phone ? { phone } : {}),
        ...(typeof data['website'] === 'string' ? { website: data['website'] } : {}),
        ...(typeof data['urgent'] === 'string' ? { urgent: data['urgent'] } : {}),
      };
    })
    .sort((a, b) => a.order - b.order);
}

/** One contact entry; fails at once, naming the file, if there is none with that id. */
export function contact(id: string): Contact {
  const found = contacts().find((c) => c.id === id);
  if (!found) throw new Error(`There is no contact entry content/contacts/${id}.mdx`);
  return found;
}

/** A contact's number; fails if the entry has none. */
export function phoneOf(id: string): PhoneNumber {
  const { phone } = contact(id);
  if (!phone) throw new Error(`content/contacts/${id}.mdx has no phone number`);
  return phone;
}

/** The contacts in the urgent-help panel (those with `urgent`), each with a number. */
export function urgentContacts(): (Contact & { phone: PhoneNumber })[] {
  return contacts().filter((c): c is Contact & { phone: PhoneNumber } => c.urgent !== undefined && c.phone !== undefined);
}

/**
 * A number that is no contact's: `id`'s number with its last digit changed, as a person
 * might mistype it, in the same grouping.
 */
export function oneDigitOut(id: string): PhoneNumber {
  const { display } = phoneOf(id);
  const wrong = parsePhone(display.replace(/\d$/, (d) => String((Number(d) + 1) % 10)));
  if (contacts().some((c) => c.phone?.national === wrong.national)) throw new Error(`${wrong.display} is a contact's number`);
  return wrong;
}

/** Every guidance page, by id. */
export function guidancePages(): GuidancePage[] {
  return ids('guidance', '.mdx').map((id) => ({ id, title: String(frontmatter('guidance', id)['title']), path: `/guidance/${id}/` }));
}

/** One guidance page; fails at once if there is none with that id. */
export function guidancePage(id: string): GuidancePage {
  const found = guidancePages().find((g) => g.id === id);
  if (!found) throw new Error(`There is no guidance entry content/guidance/${id}.mdx`);
  return found;
}

/** Every glossary term, by id. */
export function glossaryTerms(): GlossaryTerm[] {
  return ids('glossary', '.mdx').map((id) => {
    const data = frontmatter('glossary', id);
    const abbreviations = Array.isArray(data['abbreviations']) ? data['abbreviations'].map(String) : [];
    return { id, term: String(data['term']), abbreviations };
  });
}

/** One glossary term; fails at once if there is none with that id. */
export function glossaryTerm(id: string): GlossaryTerm {
  const found = glossaryTerms().find((t) => t.id === id);
  if (!found) throw new Error(`There is no glossary entry content/glossary/${id}.mdx`);
  return found;
}

/** Every scenario id, from content/scenarios/. */
export function scenarioIds(): string[] {
  return ids('scenarios', '.yaml');
}

/** A scenario as written (the fields the tests read need no defaults). */
export function loadScenario(id: string): Scenario {
  return parse(readFileSync(join(CONTENT, 'scenarios', `${id}.yaml`), 'utf8')) as Scenario;
}
