/**
 * Sample identifiers with correct check digits, for generated submissions whose fields are
 * checked with `isIban`, `isSteuerId` or `isRvNummer`.
 */

import { isIban, isRvNummer, isSteuerId } from '../rules/check-digits.js';
import type { Random } from '../text/xsd-regex-sample.js';

function digits(random: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += String(Math.floor(random() * 10));
  return text;
}

/** A German IBAN (DE, 18-digit BBAN) with correct check digits. */
export function sampleIban(random: Random): string {
  const bban = digits(random, 18);
  // Check digits: 98 - (BBAN + "DE00" as digits) mod 97; D = 13, E = 14.
  let remainder = 0;
  for (const char of `${bban}131400`) remainder = (remainder * 10 + Number(char)) % 97;
  const iban = `DE${String(98 - remainder).padStart(2, '0')}${bban}`;
  return isIban(iban) ? iban : 'DE89370400440532013000';
}

/** A Steuer-Identifikationsnummer: one digit twice in the first ten, MOD 11,10 check digit. */
export function sampleSteuerId(random: Random): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const pool = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
    }
    const first = pool.slice(0, 9);
    const twice = first[Math.floor(random() * 9)] as string;
    const ten = [...first, twice];
    if (ten[0] === '0') continue;
    for (let check = 0; check <= 9; check++) {
      const candidate = `${ten.join('')}${check}`;
      if (isSteuerId(candidate)) return candidate;
    }
  }
  return '86095742719';
}

/** A Rentenversicherungsnummer for a birth date and birth-name initial, with check digit. */
export function sampleRvNummer(random: Random, birthDate = '1980-01-01', initial = 'M'): string {
  const ddmmyy = `${birthDate.slice(8, 10)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}`;
  const letter = /^[A-Z]$/.test(initial) ? initial : 'M';
  const stem = `${digits(random, 2).replace(/^0/, '1')}${ddmmyy}${letter}${digits(random, 2)}`;
  for (let check = 0; check <= 9; check++) {
    if (isRvNummer(`${stem}${check}`)) return `${stem}${check}`;
  }
  return '65170839J003';
}
