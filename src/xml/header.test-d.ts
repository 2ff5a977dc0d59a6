import { describe, expectTypeOf, it } from 'vitest';
import {
  type Behoerde,
  type Erreichbarkeit,
  HEADER_CODE_LISTS,
  type HeaderCode,
  type MessageHeader,
} from './message.js';

describe('header types', () => {
  it('takes every part of the XÖV header, the optional ones optional', () => {
    const full = {
      nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
      erstellungszeitpunkt: '2026-03-02T10:15:00+01:00',
      leser: { kennung: 'psw:01003110', name: 'Behörde' },
      autor: {
        verzeichnisdienst: { code: 'DVDV', listVersionID: '3' },
        kennung: 'psw:00000001',
        name: 'Portal',
        erreichbarkeit: [{ kanal: { code: '01' }, kennung: 'a@b.example', zusatz: 'werktags' }],
      },
      referenzUUID: '0b9d6b7e-8a41-4f0e-9c3f-6e2d1a5b4c3d',
      dvdvDienstkennung: 'urn:dienst',
      produktversion: '1.0',
    } satisfies MessageHeader;
    expectTypeOf(full).toExtend<MessageHeader>();
    expectTypeOf<Behoerde['verzeichnisdienst']>().toEqualTypeOf<HeaderCode | undefined>();
    expectTypeOf<Behoerde['erreichbarkeit']>().toEqualTypeOf<readonly Erreichbarkeit[] | undefined>();
    expectTypeOf<Erreichbarkeit['kanal']>().toEqualTypeOf<HeaderCode>();
  });

  it('a code is an object with its code, not a bare string', () => {
    // @ts-expect-error the channel is a HeaderCode
    const reach: Erreichbarkeit = { kanal: '01', kennung: 'x' };
    // @ts-expect-error a HeaderCode needs its code
    const code: HeaderCode = { listVersionID: '3' };
    expectTypeOf(reach).toEqualTypeOf<Erreichbarkeit>();
    expectTypeOf(code).toEqualTypeOf<HeaderCode>();
  });

  it('the header code lists are literal', () => {
    expectTypeOf(HEADER_CODE_LISTS.verzeichnisdienst.defaultCode).toEqualTypeOf<'DVDV'>();
    expectTypeOf(HEADER_CODE_LISTS.kanal.uri).toEqualTypeOf<'urn:de:xoev:codeliste:erreichbarkeit'>();
  });
});
