import { describe, expect, it } from 'vitest';
import { isIban, isRvNummer, isSteuerId } from './check-digits.js';

describe('isIban (ISO 13616, MOD 97-10)', () => {
  it('accepts real-format IBANs', () => {
    for (const iban of [
      'DE89370400440532013000',
      'DE44500105175407324931',
      'AT611904300234573201',
      'GB82WEST12345698765432',
      'CH9300762011623852957',
    ]) {
      expect(isIban(iban), iban).toBe(true);
    }
  });

  it('rejects a wrong check digit, a swapped pair, a wrong length and spaces', () => {
    expect(isIban('DE88370400440532013000')).toBe(false);
    expect(isIban('DE89370400440532031000')).toBe(false);
    expect(isIban('DE8937040044053201300')).toBe(false);
    expect(isIban('DE89 3704 0044 0532 0130 00')).toBe(false);
    expect(isIban('de89370400440532013000')).toBe(false);
  });
});

describe('isSteuerId (§ 139b AO, ISO 7064 MOD 11,10)', () => {
  it('accepts valid numbers', () => {
    expect(isSteuerId('86095742719')).toBe(true);
    expect(isSteuerId('57069421855')).toBe(true);
  });

  it('rejects wrong check digits and impossible digit patterns', () => {
    expect(isSteuerId('86095742718')).toBe(false); // check digit
    expect(isSteuerId('06095742719')).toBe(false); // leading zero
    expect(isSteuerId('12345678903')).toBe(false); // no repeated digit
    expect(isSteuerId('11223456789')).toBe(false); // two repeated digits
    expect(isSteuerId('8609574271')).toBe(false); // too short
  });
});

describe('isRvNummer (VKVV check digit)', () => {
  it('accepts valid numbers', () => {
    expect(isRvNummer('65170839J003')).toBe(true);
    expect(isRvNummer('12140385M521')).toBe(true);
  });

  it('rejects a wrong check digit, a wrong letter and an impossible date', () => {
    expect(isRvNummer('65170839J004')).toBe(false);
    expect(isRvNummer('65170839K003')).toBe(false);
    expect(isRvNummer('65171339J003')).toBe(false); // month 13
    expect(isRvNummer('65170839j003')).toBe(false);
  });
});
