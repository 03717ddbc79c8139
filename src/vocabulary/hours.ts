/** How a contact's `hours` value reads on the page; "not-stated" shows nothing. */
export function hoursLabel(hours: 'working-hours' | 'out-of-hours' | 'any-time' | 'not-stated'): string | undefined {
  switch (hours) {
    case 'working-hours':
      return 'Working hours (the sources give no times)';
    case 'out-of-hours':
      return 'Out of hours';
    case 'any-time':
      return 'Any time';
    case 'not-stated':
      return undefined;
  }
}

/** A web address as people read it: no https://, no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
