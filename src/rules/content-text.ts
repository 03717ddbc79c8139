/**
 * Checks of what content files say, beyond what the schemas can see: that only contact
 * entries hold phone numbers, and that every contact, glossary term and guidance page a
 * file points to exists. Pure: text in, problems out. It reads the raw file, so it does
 * not depend on which Markdown processor Astro uses.
 */
import { findPhoneNumbers } from '../vocabulary/phone.ts';

/** The ids that exist in each collection (file names without their extension). */
export interface KnownIds {
  contacts: ReadonlySet<string>;
  glossary: ReadonlySet<string>;
  guidance: ReadonlySet<string>;
}

/** One thing wrong with a file, with what to do about it. */
export interface ContentProblem {
  line: number;
  message: string;
}

function list(ids: ReadonlySet<string>): string {
  return [...ids].sort().join(', ');
}

/** Components that point at another entry by its id. */
const REFERENCES = {
  Contact: { collection: 'contacts', folder: 'content/contacts/' },
  Term: { collection: 'glossary', folder: 'content/glossary/' },
} as const;

const COMPONENT = /<(Contact|Term)\b([^>]*)>/g;
const ID_ATTRIBUTE = /\bid=["']([^"']*)["']/;
const GUIDANCE_LINK = /\]\(\/guidance\/([^/#?)\s]+)\/?(?:[#?][^)]*)?\)|href=["']\/guidance\/([^/#?"']+)\/?(?:[#?][^"']*)?["']/g;
const TEL_LINK = /(?:\]\(|href=["'])tel:/;

/**
 * Finds problems in one content file.
 * @param text the file's whole text
 * @param known the ids that exist
 * @param allowPhoneNumbers true for contact entries, the one place numbers may be written
 */
export function checkContentText(text: string, known: KnownIds, allowPhoneNumbers: boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((content, index) => {
    const line = index + 1;
    if (!allowPhoneNumbers) {
      // Component tags hold ids such as "emergency-999", which are names, not numbers.
      for (const number of findPhoneNumbers(content.replace(/<[^>]*>/g, ' '))) {
        problems.push({
          line,
          message: `the phone number "${number}" is typed by hand. Numbers live only in content/contacts/: show it with <Contact id="…" />, using the id of the contact it belongs to.`,
        });
      }
      if (TEL_LINK.test(content)) {
        problems.push({ line, message: 'a tel: link is typed by hand. Use <Contact id="…" /> instead.' });
      }
    }
    for (const [, name, attributes] of content.matchAll(COMPONENT)) {
      const ref = REFERENCES[name as keyof typeof REFERENCES];
      const ids = known[ref.collection];
      const id = ID_ATTRIBUTE.exec(attributes ?? '')?.[1];
      if (id === undefined) {
        problems.push({ line, message: `<${name}> needs an id, for example <${name} id="${[...ids].sort()[0] ?? 'name'}" />.` });
      } else if (!ids.has(id)) {
        problems.push({
          line,
          message: `<${name} id="${id}"> points to nothing: there is no ${ref.folder}${id}.mdx. Use one of: ${list(ids)}.`,
        });
      }
    }
    for (const match of content.matchAll(GUIDANCE_LINK)) {
      const id = match[1] ?? match[2] ?? '';
      if (!known.guidance.has(id)) {
        problems.push({
          line,
          message: `the link to /guidance/${id}/ is broken: there is no content/guidance/${id}.mdx. Guidance pages are: ${list(known.guidance)}.`,
        });
      }
    }
  });
  return problems;
}
