import type { InvalidCase } from '../cases.js';

export const cases: readonly InvalidCase[] = [];
