import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { contactSchema } from './schemas/contact.ts';
import { conversationRecordSchema } from './schemas/conversation-record.ts';
import { documentsFileSchema } from './schemas/documents.ts';
import { factsFileSchema } from './schemas/facts.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { guidanceSchema } from './schemas/guidance.ts';
import { learningOutcomesFileSchema } from './schemas/learning-outcomes.ts';
import { blockSchema, pageSchema } from './schemas/page.ts';
import { scenarioSchema } from './schemas/scenario.ts';
import { contentRoot } from './collections/content-root.ts';

const mdx = (name: string) => glob({ pattern: '**/*.mdx', base: `${contentRoot()}/${name}` });

/**
 * A data file at the top of content/, loaded whole as the collection's one entry, with the
 * id `file`. Parsed with the same YAML library as the content checks
 * (src/rules/data-files.ts), which check it first, with lines, in an author's words.
 */
const single = (name: string) => file(`${contentRoot()}/${name}`, { parser: (text) => ({ file: parse(text) as Record<string, unknown> }) });

export const collections = {
  contacts: defineCollection({ loader: mdx('contacts'), schema: contactSchema }),
  guidance: defineCollection({ loader: mdx('guidance'), schema: guidanceSchema }),
  glossary: defineCollection({ loader: mdx('glossary'), schema: glossarySchema }),
  // Scenarios are data, not prose: the graph checks (src/rules/scenario-folder.ts) run on them too.
  scenarios: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentRoot()}/scenarios` }), schema: scenarioSchema }),
  // The words of the site's fixed pages (home, training, privacy...) and of blocks shown inside pages.
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  blocks: defineCollection({ loader: mdx('blocks'), schema: blockSchema }),
  facts: defineCollection({ loader: single('facts.yaml'), schema: factsFileSchema }),
  learningOutcomes: defineCollection({ loader: single('learning-outcomes.yaml'), schema: learningOutcomesFileSchema }),
  conversationRecord: defineCollection({ loader: single('conversation-record.yaml'), schema: conversationRecordSchema }),
  documents: defineCollection({ loader: single('documents.yaml'), schema: documentsFileSchema }),
};
