/** The components MDX content may use without importing them. */
import Contact from '../contacts/Contact.astro';
import PageH2 from './PageH2.astro';
import Term from '../glossary/Term.astro';

export const mdxComponents = { Contact, Term };

/** For content/pages/ and content/blocks/: the same, with `##` headings rendered without a made-up id. */
export const pageComponents = { ...mdxComponents, h2: PageH2 };
