/**
 * The JSON Schemas (2020-12, the dialect of OpenAPI 3.1) of everything the service reads and
 * answers: the one source of the OpenAPI document's `components.schemas`, of the route
 * parameter checks and of the request-envelope checks in the workers. References are written as
 * OpenAPI references (`#/components/schemas/Issue`); `schemaValidator` resolves them for ajv
 * (loaded on first use).
 */

import { createRequire } from 'node:module';
import type Ajv2020 from 'ajv/dist/2020.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` }) as const;

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** The named schemas (OpenAPI `components.schemas`). */
export const SCHEMAS = {
  Issue: {
    type: 'object',
    description: 'One finding (see docs/report.md for every code).',
    required: ['code', 'severity', 'path', 'message', 'params'],
    properties: {
      code: { type: 'string', description: 'Stable code from the catalogue, or a rule’s own code.' },
      severity: { enum: ['error', 'warning', 'info'] },
      path: {
        type: 'string',
        description: 'JSON pointer (RFC 6901) to the value concerned; "" for the whole.',
      },
      element: {
        type: 'object',
        required: ['id', 'version'],
        properties: { id: { type: 'string' }, version: { type: 'string' } },
      },
      bezug: { type: 'string', description: 'Legal basis of the element or rule concerned.' },
      message: {
        type: 'object',
        required: ['de', 'en'],
        properties: { de: { type: 'string' }, en: { type: 'string' } },
      },
      text: { type: 'string', description: 'The message in the language asked for with `?lang=`.' },
      params: { type: 'object', description: 'The values the message was built from.' },
      related: { type: 'array', items: { type: 'string' } },
      xml: {
        type: 'object',
        description: 'Where in an XML message.',
        required: ['xpath', 'line', 'column'],
        properties: {
          xpath: { type: 'string' },
          line: { type: 'integer', minimum: 1 },
          column: { type: 'integer', minimum: 1 },
        },
      },
    },
  },
  Report: {
    type: 'object',
    description: 'The result of a check: valid when no issue has severity error.',
    required: ['valid', 'issues'],
    properties: { valid: { type: 'boolean' }, issues: { type: 'array', items: ref('Issue') } },
  },
  HeaderCode: {
    type: 'object',
    required: ['code'],
    properties: { code: { type: 'string' }, listVersionID: { type: 'string' } },
  },
  Behoerde: {
    type: 'object',
    description: 'An authority (XÖV type Behoerde).',
    required: ['kennung', 'name'],
    properties: {
      verzeichnisdienst: ref('HeaderCode'),
      kennung: { type: 'string', description: 'The authority’s id in its directory, e.g. psw:01003110.' },
      name: { type: 'string' },
      erreichbarkeit: {
        type: 'array',
        items: {
          type: 'object',
          required: ['kanal', 'kennung'],
          properties: { kanal: ref('HeaderCode'), kennung: { type: 'string' }, zusatz: { type: 'string' } },
        },
      },
    },
  },
  MessageHeader: {
    type: 'object',
    description: 'The header of an XÖV-style message (nachrichtenkopf.g2g) and the root attributes.',
    required: ['nachrichtenUUID', 'erstellungszeitpunkt', 'autor', 'leser'],
    properties: {
      nachrichtenUUID: { type: 'string', pattern: UUID },
      erstellungszeitpunkt: { type: 'string', description: 'xs:dateTime with time zone.' },
      autor: ref('Behoerde'),
      leser: ref('Behoerde'),
      referenzUUID: { type: 'string', pattern: UUID },
      dvdvDienstkennung: { type: 'string' },
      produkt: { type: 'string' },
      produkthersteller: { type: 'string' },
      produktversion: { type: 'string' },
      test: { type: 'boolean' },
    },
  },
  HeaderInput: {
    type: 'object',
    description:
      'Header parts for a new message; absent parts get defaults (a new UUID, the current time, ' +
      'autor psw:00000000 antrag, leser psw:00000000 Empfänger).',
    properties: {
      nachrichtenUUID: { type: 'string', pattern: UUID },
      erstellungszeitpunkt: { type: 'string' },
      autor: ref('Behoerde'),
      leser: ref('Behoerde'),
      referenzUUID: { type: 'string', pattern: UUID },
      dvdvDienstkennung: { type: 'string' },
      produkt: { type: 'string' },
      produkthersteller: { type: 'string' },
      produktversion: { type: 'string' },
      test: { type: 'boolean' },
    },
  },
  MessageRequest: {
    type: 'object',
    description: 'A submission to write as a message, with the header parts to use.',
    required: ['data'],
    properties: {
      data: { type: 'object', description: 'The submission (JSON).' },
      header: ref('HeaderInput'),
    },
  },
  MessageResult: {
    type: 'object',
    description: 'The written message when the submission is valid; otherwise the Report only.',
    required: ['valid', 'report'],
    properties: { valid: { type: 'boolean' }, xml: { type: 'string' }, report: ref('Report') },
  },
  ReadResult: {
    type: 'object',
    description: 'What was read from a message: its data and header when they could be read, and the Report.',
    required: ['valid', 'report'],
    properties: {
      valid: { type: 'boolean' },
      data: { type: 'object' },
      header: ref('MessageHeader'),
      report: ref('Report'),
    },
  },
  ReceiptRequest: {
    type: 'object',
    description:
      'The header of a received message and the Report of reading it: a valid report gets a ' +
      'quittung, an invalid one a rueckweisung (the reason derived from the report unless given).',
    required: ['header', 'report'],
    properties: {
      header: ref('MessageHeader'),
      report: ref('Report'),
      reason: { type: 'string', pattern: '^[A-Z][0-9]{3}$' },
      receipt: {
        type: 'object',
        description: 'Parts of the receipt’s own header (default: a new UUID and the current time).',
        properties: {
          nachrichtenUUID: { type: 'string', pattern: UUID },
          erstellungszeitpunkt: { type: 'string' },
          produkt: { type: 'string' },
          produkthersteller: { type: 'string' },
          produktversion: { type: 'string' },
          test: { type: 'boolean' },
        },
      },
    },
  },
  FormSummary: {
    type: 'object',
    required: ['key', 'id', 'name', 'versions'],
    properties: {
      key: { type: 'string' },
      id: { type: 'string', description: 'FIM id of the Stammdatenschema.' },
      name: { type: 'string' },
      versions: { type: 'array', items: { type: 'string' }, description: 'Highest first.' },
      status: { type: 'integer', description: 'FIM freigabestatus (1–8) of the highest version.' },
    },
  },
  FormList: { type: 'array', items: ref('FormSummary') },
  Health: {
    type: 'object',
    required: ['status'],
    properties: { status: { enum: ['ok', 'ready'] } },
  },
} as const;

export type SchemaName = keyof typeof SCHEMAS;

/** `{ $ref }` to a named schema, as the OpenAPI document writes it. */
export function schemaRef(name: SchemaName): { readonly $ref: string } {
  return ref(name);
}

const ROOT = 'urn:antrag:serve';

/**
 * A validator for one named schema, its references resolved among `SCHEMAS`. Gives undefined
 * for a valid value, else a short English description of the first problem (paths, never values).
 */
export function schemaValidator(name: SchemaName): (value: unknown) => string | undefined {
  const ajv = sharedAjv();
  const validate = ajv.getSchema(`${ROOT}#/$defs/${name}`);
  if (!validate) throw new Error(`no schema ${name}`);
  return (value) => (validate(value) ? undefined : ajv.errorsText(validate.errors, { dataVar: 'body' }));
}

let ajvInstance: Ajv2020 | undefined;

function sharedAjv(): Ajv2020 {
  if (ajvInstance) return ajvInstance;
  // ajv is loaded on first use, not with this module: the server thread needs it only for the
  // first message or receipt request, and loading it is a good part of start-up (decision 0029).
  // (`require` itself would be the bundler's stand-in in the ES module build, which refuses.)
  const load = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
  const Ajv = (load('ajv/dist/2020.js') as { default: typeof Ajv2020 }).default;
  const text = JSON.stringify({ $id: ROOT, $defs: SCHEMAS }).replaceAll('#/components/schemas/', '#/$defs/');
  ajvInstance = new Ajv({ allErrors: false });
  ajvInstance.addSchema(JSON.parse(text));
  return ajvInstance;
}
