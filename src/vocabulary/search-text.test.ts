import { describe, expect, it } from 'vitest';
import { containsPhrase, editDistance, MAX_QUERY_LENGTH, meaningfulWords, normaliseText, stem } from './search-text.ts';

describe('normaliseText', () => {
  it.each([
    ['  Out   of HOURS ', 'out of hours'],
    ['D&A', 'd&a'],
    ['neighbour’s child', "neighbour's child"],
    ['Café', 'cafe'],
    ['<script>alert(1)</script>', 'alert 1'],
    ['.*+?[(){}|^$\\', ''],
    ['🙂 nursery 🙂', 'nursery'],
    ['0113-376-0336', '0113 376 0336'],
  ])('turns %j into %j', (input, expected) => expect(normaliseText(input)).toBe(expected));

  it(`cuts very long input to ${MAX_QUERY_LENGTH} characters`, () => {
    expect(normaliseText('word '.repeat(1000)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});

describe('meaningfulWords', () => {
  it('drops the words that carry no meaning', () => {
    expect(meaningfulWords('who do i call at night')).toEqual(['call', 'night']);
  });
  it('keeps them when nothing else is left', () => {
    expect(meaningfulWords('who are you')).toEqual(['who', 'are', 'you']);
  });
});

describe('containsPhrase', () => {
  it('finds a phrase among the words, allowing plurals and possessives', () => {
    expect(containsPhrase(['worried', 'about', "neighbour's", 'child'], ['neighbour'])).toBe(true);
    expect(containsPhrase(['at', 'night'], ['at', 'night'])).toBe(true);
    expect(containsPhrase(['night', 'at'], ['at', 'night'])).toBe(false);
  });
  it('stems only what is safe', () => {
    expect(stem('services')).toBe('service');
    expect(stem('class')).toBe('class');
  });
});

describe('editDistance', () => {
  it.each([
    ['consent', 'concent', 1],
    ['recording', 'reccording', 1],
    ['nursery', 'nusrery', 1],
    ['cluster', 'custler', 2],
  ])('%s to %s is %i', (a, b, d) => expect(editDistance(a, b, 3)).toBe(d));

  it('gives up once the distance is certain to exceed the limit', () => {
    expect(editDistance('safeguarding', 'conversation', 2)).toBe(3);
  });
});
