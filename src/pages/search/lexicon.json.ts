/**
 * /search/lexicon.json: the glossary's abbreviations and synonyms, the contacts' aliases
 * and the words the site uses, for the site search (src/features/search/query-plan.ts). Built from
 * the content collections, so a new synonym in a glossary entry reaches search at once.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildLexicon } from '../../features/search/search-lexicon.ts';

export const GET: APIRoute = async () => {
  const [glossary, contacts, guidance] = await Promise.all([
    getCollection('glossary'),
    getCollection('contacts'),
    getCollection('guidance'),
  ]);
  const lexicon = buildLexicon({
    glossary: glossary.map((g) => g.data),
    contacts: contacts.map((c) => c.data),
    texts: [
      ...guidance.flatMap((g) => [g.data.title, g.data.description, g.body ?? '']),
      ...glossary.flatMap((g) => [g.data.summary, g.body ?? '']),
      ...contacts.flatMap((c) => [c.data.for, c.data.when, c.body ?? '']),
    ],
  });
  return new Response(JSON.stringify(lexicon), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
