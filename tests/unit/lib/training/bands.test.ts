import { expect, it } from 'vitest';
import { bandRanges } from '../../../../src/lib/training/bands.ts';

const bands = [
  { min: 0, service: 'Universal' },
  { min: 6, service: 'Targeted' },
  { min: 7, service: 'Closer' },
  { min: 12, service: 'Specialist' },
];

it('gives each band the scores it covers', () => {
  expect(bandRanges(bands).map((b) => b.range)).toEqual(['0 to 5', '6', '7 to 11', '12 or more']);
});
