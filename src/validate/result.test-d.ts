import { describe, expectTypeOf, it } from 'vitest';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import type { FuehrerscheinAntrag } from '../forms/index.js';
import type { FormDefinition } from '../model/types.js';
import type { MessageHeader } from '../xml/message.js';
import { readMessage } from '../xml/read.js';
import { compile } from './compile.js';

describe('typed results', () => {
  it('validate: the valid branch carries the exact submission type, the other none', () => {
    const report = compile(fuehrerschein).validate({});
    if (report.valid) {
      expectTypeOf(report.data).toEqualTypeOf<FuehrerscheinAntrag>();
    } else {
      expectTypeOf(report.data).toEqualTypeOf<unknown>();
    }
  });

  it('a session report narrows the same way', () => {
    const report = compile(fuehrerschein).session({}).report();
    if (report.valid) expectTypeOf(report.data).toEqualTypeOf<FuehrerscheinAntrag>();
  });

  it('fromXml: a valid message has its header and typed data', () => {
    const result = readMessage(fuehrerschein, '');
    if (result.valid) {
      expectTypeOf(result.data).toEqualTypeOf<FuehrerscheinAntrag>();
      expectTypeOf(result.header).toEqualTypeOf<MessageHeader>();
    } else {
      expectTypeOf(result.data).toEqualTypeOf<Readonly<Record<string, unknown>> | undefined>();
      expectTypeOf(result.header).toEqualTypeOf<MessageHeader | undefined>();
    }
  });

  it('definitions that arrive at run time give plain records', () => {
    const loaded = {} as FormDefinition;
    const report = compile(loaded).validate({});
    if (report.valid) expectTypeOf(report.data).toEqualTypeOf<Record<string, unknown>>();
    const result = readMessage(compile(loaded), '');
    if (result.valid) expectTypeOf(result.data).toEqualTypeOf<Record<string, unknown>>();
  });
});
