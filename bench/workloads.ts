/** The benchmark inputs: Bürgergeld applications of several household sizes, Führerschein with photos. */
import { readFileSync } from 'node:fs';
import { alg2 } from '../schemas/alg2/form.js';
import { fuehrerschein } from '../schemas/fuehrerschein/form.js';
import type { ChildDefinition, FormDefinition } from '../src/model/types.js';
import { compile } from '../src/validate/compile.js';

// biome-ignore lint/suspicious/noExplicitAny: benchmark data is edited as free-form JSON
type Json = any;

export const REFERENCE_DATE = '2026-02-02';

/** The Bürgergeld form with the household cap lifted, so it can be scaled to 1,000 members. */
export const alg2Unbounded: FormDefinition = {
  ...alg2,
  children: alg2.children.map((child: ChildDefinition) =>
    child.key === 'haushalt' ? { ...child, cardinality: '0:*' } : child,
  ),
};

const maximal = JSON.parse(readFileSync('examples/alg2/maximal.json', 'utf8')) as Record<string, Json>;

/** A valid application with `members` further household members (children, varied). */
export function alg2Data(members: number): Record<string, unknown> {
  const data = structuredClone(maximal);
  const template = maximal.haushalt as Array<Record<string, Json>>;
  const partner = template.find((m) => m.verwandtschaft === 'ehegatte');
  const children = template.filter((m) => m.verwandtschaft === 'kind' || m.verwandtschaft === 'kindPartner');
  const household: Array<Record<string, Json>> = partner && members > 0 ? [structuredClone(partner)] : [];
  for (let i = household.length; i < members; i++) {
    const child = structuredClone(children[i % children.length] as Record<string, Json>);
    child.vornamen = `${child.vornamen} ${i}`;
    household.push(child);
  }
  data.haushalt = household;
  delete data.einkommenGesamt;
  // Let the form compute the total income of this household.
  const filled = compile(alg2Unbounded).validate(data, { referenceDate: REFERENCE_DATE, fill: true });
  if (filled.issues.some((issue) => issue.severity === 'error')) {
    throw new Error(
      `benchmark data invalid: ${JSON.stringify(filled.issues.filter((i) => i.severity === 'error').slice(0, 3))}`,
    );
  }
  return filled.data as Record<string, unknown>;
}

/** Counts the values (leaves) of a submission. */
export function valueCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + valueCount(item), 0);
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).reduce((sum: number, item) => sum + valueCount(item), 0);
  }
  return 1;
}

const fuehrerscheinValid = JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8')) as Record<
  string,
  Json
>;

/** A Führerschein application with a photo of about `bytes` bytes. */
export function fuehrerscheinData(bytes: number): Record<string, unknown> {
  const data = structuredClone(fuehrerscheinValid);
  const photo = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) photo[i] = (i * 131 + 7) & 0xff;
  data.nachweise.lichtbild = {
    name: 'lichtbild.jpg',
    mediaType: 'image/jpeg',
    content: Buffer.from(photo).toString('base64'),
  };
  return data;
}

export { alg2, fuehrerschein };

/** The message header of every benchmark message. */
export const HEADER = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-02-02T10:00:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Jobcenter' },
};

/** Issues that say the benchmark does not measure what it claims: lists not loaded, invalid data. */
export function assertHonest(issues: ReadonlyArray<{ code: string; severity: string }>, what: string): void {
  const wrong = issues.filter((issue) => issue.severity === 'error' || issue.code === 'CODE_LIST_NOT_LOADED');
  if (wrong.length > 0) {
    throw new Error(`${what}: ${wrong.length} issues (${[...new Set(wrong.map((i) => i.code))].join(', ')})`);
  }
}
