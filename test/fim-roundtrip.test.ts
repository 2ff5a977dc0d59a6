/**
 * For each imported corpus schema, the whole chain: a sample submission (`antrag example`) is
 * written as a message (`antrag xml`), the message passes the generated XSD under libxml2, reads
 * back to the same data (`antrag read`), and the exported JSON Schema accepts it (ajv, strict).
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { importCodeList } from '../src/fim/genericode.js';
import { importXdf } from '../src/fim/import.js';
import { toJsonSchema } from '../src/fim/json-schema.js';
import { validExample } from '../src/generate/valid-example.js';
import type { CodeList } from '../src/model/types.js';
import { compile } from '../src/validate/compile.js';
import { readMessage } from '../src/xml/read.js';
import { writeMessage } from '../src/xml/write.js';
import { generateXsd } from '../src/xml/xsd.js';
import { sharedPath } from './support/shared.js';
import { xsdFailures } from './support/xsd.js';

const HEADER = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-03-02T10:15:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Behörde' },
};

const corpus = [
  { file: ['xdf2', 'S00000121_BlaueKarte.xml'], lists: [] as string[] },
  {
    file: ['xdf2', 'S00000094', 'S00000094V1.0_xdf2.xml'],
    lists: [
      'C00000020_genericode.xml',
      'C00000021_genericode.xml',
      'C60000006_genericode.xml',
      'C60000020_genericode.xml',
    ],
  },
];

describe('imported corpus schemas: example → xml → XSD → read → JSON Schema', () => {
  for (const { file, lists } of corpus) {
    it(file[file.length - 1] as string, () => {
      const { definition } = importXdf(readFileSync(sharedPath('corpus', ...file)));
      expect(definition).toBeDefined();
      if (!definition) return;
      const codeLists = lists
        .map((name) => importCodeList(readFileSync(sharedPath('corpus', 'xdf2', 'S00000094', name))).codeList)
        .filter((list): list is CodeList => list !== undefined);
      expect(codeLists).toHaveLength(lists.length);
      const form = compile(definition, { codeLists });
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats.default(ajv);
      const validateSchema = ajv.compile(toJsonSchema(definition, { codeLists }) as object);
      const messages: Array<{ name: string; xml: string }> = [];
      for (let seed = 1; seed <= 10; seed++) {
        const sample = validExample(form, { seed, codeLists });
        expect(sample.report.valid, `seed ${seed}`).toBe(true);
        expect(validateSchema(sample.data), JSON.stringify(validateSchema.errors)).toBe(true);
        const written = writeMessage(form, sample.data, HEADER, { codeLists });
        if (!written.ok) throw new Error(JSON.stringify(written.report.issues.slice(0, 2)));
        const read = readMessage(form, written.xml);
        expect(read.data).toEqual(sample.data);
        messages.push({ name: `m${seed}.xml`, xml: written.xml });
      }
      expect(xsdFailures(generateXsd(form), messages)).toEqual([]);
    });
  }
});
