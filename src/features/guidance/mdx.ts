/** The components MDX content may use without importing them. */
import Contact from '../contacts/Contact.astro';
import Term from '../glossary/Term.astro';

export const mdxComponents = { Contact, Term };
