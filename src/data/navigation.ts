/** The main navigation, in order. Add a section here when its pages exist. */
export const mainNavigation: readonly { href: string; label: string }[] = [
  { href: '/guidance/', label: 'Guidance' },
  { href: '/contacts/', label: 'Contacts' },
  { href: '/glossary/', label: 'Glossary' },
];

/** Links in the footer. */
export const footerNavigation: readonly { href: string; label: string }[] = [
  { href: '/accessibility/', label: 'Accessibility statement' },
  { href: '/privacy/', label: 'Privacy notice' },
  { href: '/contacts/', label: 'All contacts' },
  { href: '/glossary/', label: 'Glossary' },
];
