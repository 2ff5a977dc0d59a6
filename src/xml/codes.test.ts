/** The XML codes that only arise at the edges: writing an empty list, bad message settings, a caller's wrong input. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { DefinitionError } from '../model/definition-error.js';
import { compile } from '../validate/compile.js';
import type { MessageHeader } from './message.js';
import { messageShape } from './message.js';
import { parseXmlDocument } from './parser/index.js';
import { writeMessage } from './write.js';

const HEADER: MessageHeader = {
  nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
  erstellungszeitpunkt: '2026-03-02T10:15:00+01:00',
  autor: { kennung: 'psw:00000001', name: 'Portal' },
  leser: { kennung: 'psw:01003110', name: 'Führerscheinstelle' },
};
const valid = JSON.parse(readFileSync('examples/fuehrerschein/valid.json', 'utf8'));

describe('XML codes at the edges', () => {
  it('XML_EMPTY_LIST: the writer refuses an empty list, which a message cannot tell from none', () => {
    const result = writeMessage(compile(fuehrerschein), { ...valid, vorhandeneFahrerlaubnis: [] }, HEADER, {
      referenceDate: '2026-03-02',
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.report.issues.map((issue) => [issue.code, issue.path])).toContainEqual([
      'XML_EMPTY_LIST',
      '/vorhandeneFahrerlaubnis',
    ]);
  });

  it('XML_MESSAGE_SETTINGS: settings no message can carry throw a DefinitionError naming them', () => {
    const broken = { ...fuehrerschein, message: { rootElement: 'kein-xoev-name', namespace: 'kein uri' } };
    let error: unknown;
    try {
      messageShape(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).findings.map((finding) => [finding.code, finding.path])).toEqual([
      ['XML_MESSAGE_SETTINGS', '/message/rootElement'],
      ['XML_MESSAGE_SETTINGS', '/message/namespace'],
    ]);
  });

  it('XML_INTERNAL: input that is neither text nor bytes is reported, not thrown', () => {
    const result = parseXmlDocument(42 as unknown as string);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.error.code).toBe('XML_INTERNAL');
  });
});
