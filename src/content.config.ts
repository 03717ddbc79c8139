import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contactSchema } from './schemas/contact.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { guidanceSchema } from './schemas/guidance.ts';
import { scenarioSchema } from './schemas/scenario.ts';
import { contentRoot } from './collections/content-root.ts';

const mdx = (name: string) => glob({ pattern: '**/*.mdx', base: `${contentRoot()}/${name}` });

export const collections = {
  contacts: defineCollection({ loader: mdx('contacts'), schema: contactSchema }),
  guidance: defineCollection({ loader: mdx('guidance'), schema: guidanceSchema }),
  glossary: defineCollection({ loader: mdx('glossary'), schema: glossarySchema }),
  // Scenarios are data, not prose: the graph checks (src/rules/scenario-folder.ts) run on them too.
  scenarios: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentRoot()}/scenarios` }), schema: scenarioSchema }),
};
