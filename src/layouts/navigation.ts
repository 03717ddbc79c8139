/** The main navigation, in order. */
export const mainNavigation: readonly { href: string; label: string }[] = [
  { href: '/guidance/', label: 'Guidance' },
  { href: '/contacts/', label: 'Contacts' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/scenarios/', label: 'Scenarios' },
  { href: '/training/', label: 'Training' },
  { href: '/documents/', label: 'Documents' },
];

/** Links in the footer. */
export const footerNavigation: readonly { href: string; label: string }[] = [
  { href: '/accessibility/', label: 'Accessibility statement' },
  { href: '/privacy/', label: 'Privacy notice' },
  { href: '/contacts/', label: 'All contacts' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/search/', label: 'Search' },
];
