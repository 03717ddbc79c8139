import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, parsePhone, PhoneNumberError, toNationalDigits } from './phone.ts';

describe('parsePhone', () => {
  it.each([
    ['0113 376 0336', '0113 376 0336', 'tel:+441133760336'],
    ['0113 3760336', '0113 376 0336', 'tel:+441133760336'],
    ['01132409536', '0113 240 9536', 'tel:+441132409536'],
    ['+44 (0)113 222 4403', '0113 222 4403', 'tel:+441132224403'],
    ['0800 731 0640', '0800 731 0640', 'tel:+448007310640'],
    ['020 7946 0000', '020 7946 0000', 'tel:+442079460000'],
    ['07700 900123', '07700 900123', 'tel:+447700900123'],
    ['999', '999', 'tel:999'],
  ])('shows %s as %s and dials %s', (input, display, href) => {
    expect(parsePhone(input)).toMatchObject({ display, href });
  });

  it.each(['0113 376 033', '12345', 'call us', '+1 212 555 0100', ''])('rejects %j', (input) => {
    expect(() => parsePhone(input)).toThrow(PhoneNumberError);
  });

  it('says how to write a number when it rejects one', () => {
    expect(() => parsePhone('0113 376')).toThrowErrorMatchingInlineSnapshot(
      `[PhoneNumberError: "0113 376" is not a UK phone number. Write it with its area code, for example "0113 376 0336", or use 999.]`,
    );
  });
});

describe('toNationalDigits', () => {
  it.each([
    ['0113-376-0336', '01133760336'],
    ['(0113) 376 0336', '01133760336'],
    ['+441133760336', '01133760336'],
    ['0044 113 376 0336', '01133760336'],
    ['441133760336', '01133760336'],
    ['0113', '0113'],
    ['0113 abc', ''],
    ['++44 113', ''],
  ])('normalises %j to %j', (input, expected) => {
    expect(toNationalDigits(input)).toBe(expected);
  });
});

describe('findPhoneNumbers', () => {
  it('finds numbers however they are grouped', () => {
    expect(findPhoneNumbers('Ring 0113 3760336 or 0113 240 9536, or 999.')).toEqual(['0113 3760336', '0113 240 9536', '999']);
  });

  it('ignores years, fact counts and short numbers', () => {
    expect(findPhoneNumbers('The Children Act 1989 and Working Together 2015 list 34 facts.')).toEqual([]);
  });
});

describe('findPhoneNumbers and ids', () => {
  it('does not read an id such as emergency-999 as a number', () => {
    expect(findPhoneNumbers('contacts: [emergency-999, contact-centre]')).toEqual([]);
  });
});
