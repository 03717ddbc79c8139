import { describe, expect, it } from 'vitest';
import { paragraphs } from './refs.ts';

describe('paragraphs', () => {
  it('splits scenario text on blank lines, joins wrapped lines and drops empty paragraphs', () => {
    expect(paragraphs('One.\n\nTwo,\nstill two.\n \n\nThree.\n')).toEqual(['One.', 'Two, still two.', 'Three.']);
  });
});
