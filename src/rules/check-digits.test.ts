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
      // Examples of the ISO 13616 registry (SEPA countries).
      'BE68539007547034',
      'FR1420041010050500013M02606',
      'NL91ABNA0417164300',
      'NO9386011117947',
      'MT84MALT011000012345MTLCAST001S',
      'IT60X0542811101000000123456',
      'ES9121000418450200051332',
      'PL61109010140000071219812874',
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
    expect(isIban('NO938601111794')).toBe(false); // Norway has 15 characters
    expect(isIban('AT6119043002345732012')).toBe(false); // Austria has 20
  });
});

describe('isSteuerId (§ 139b AO, ISO 7064 MOD 11,10)', () => {
  it('accepts valid numbers', () => {
    expect(isSteuerId('86095742719')).toBe(true);
    expect(isSteuerId('57069421855')).toBe(true);
    expect(isSteuerId('12345678995')).toBe(true);
  });

  it('allows one digit three times, but not three in a row', () => {
    const withCheckDigit = (first10: string) =>
      ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].filter((c) => isSteuerId(first10 + c));
    expect(withCheckDigit('1121345678')).toHaveLength(1); // 1 three times, two adjacent: allowed
    expect(withCheckDigit('1112345678')).toEqual([]); // three in a row
    expect(withCheckDigit('1211314567')).toEqual([]); // 1 four times
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

  it('accepts the date parts § 2 VKVV allows besides real dates', () => {
    const checkDigits = (first11: string) =>
      ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].filter((c) => isRvNummer(first11 + c));
    expect(checkDigits('65330764J00')).toHaveLength(1); // 1 July + 32: serial numbers ran out
    expect(checkDigits('65970764J00')).toHaveLength(1); // 1 July + 96
    expect(checkDigits('65001286J00')).toHaveLength(1); // unknown day
    expect(checkDigits('65170088J00')).toHaveLength(1); // unknown month, day of issue
    expect(checkDigits('65171339J00')).toEqual([]); // month 13 never
  });
});
