/** The components MDX content may use without importing them. */
import Contact from './Contact.astro';
import Term from './Term.astro';

export const mdxComponents = { Contact, Term };
