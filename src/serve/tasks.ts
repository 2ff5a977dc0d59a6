/**
 * The work of the service's routes, as plain tasks: bytes in, a finished response (status,
 * media type, serialised body) out. A `TaskRunner` compiles the offered forms once and runs
 * tasks; one runs in the server thread (small requests) and one in each worker thread (large ones).
 * Nothing here knows about HTTP servers; nothing here throws on bad input, and an exception inside
 * the library becomes a 500 result that names the error (never data) for the server's log.
 */

import { randomUUID } from 'node:crypto';
import { toXdf } from '../fim/export.js';
import { toJsonSchema } from '../fim/json-schema.js';
import type { Report } from '../issues/issue.js';
import type { FormDefinition } from '../model/types.js';
import { type CompiledForm, compile } from '../validate/compile.js';
import { parseSubmission } from '../validate/parse.js';
import type { MessageHeader, NamingOptions } from '../xml/message.js';
import { readMessage } from '../xml/read.js';
import { rejectionFor, writeReceipt } from '../xml/receipt.js';
import { writeMessage } from '../xml/write.js';
import { generateXsd } from '../xml/xsd.js';
import { serveReport } from './codes.js';
import { byKey, type FormSet, findForm } from './forms.js';
import { schemaValidator } from './schemas.js';

export type Lang = 'de' | 'en';
export type Artefact = 'definition' | 'xsd' | 'json-schema' | 'xdf';

/** A form by key and version (the version already resolved by the server). */
export interface FormRef {
  readonly key: string;
  readonly version: string;
}

interface BodyTask {
  readonly form: FormRef;
  readonly body: Uint8Array;
  readonly referenceDate?: string;
  readonly lang?: Lang;
}

export type Task =
  | ({ readonly op: 'validate' } & BodyTask)
  | ({ readonly op: 'write'; readonly naming: NamingOptions } & BodyTask)
  | ({ readonly op: 'read'; readonly naming: NamingOptions } & BodyTask)
  | { readonly op: 'receipt'; readonly body: Uint8Array }
  | {
      readonly op: 'artefact';
      readonly form: FormRef;
      readonly kind: Artefact;
      readonly naming: NamingOptions;
    };

/** A finished response. */
export interface TaskResult {
  readonly status: number;
  readonly contentType: 'application/json; charset=utf-8' | 'application/xml; charset=utf-8';
  readonly body: string;
  /** The codes of the issues in the answer, for the metrics. */
  readonly codes: readonly string[];
  /** Set when the body was refused (400): the code that refused it, for the metrics. */
  readonly rejected?: string;
  /** For a 500: the exception's name and stack (no message: it may quote data), for the log. */
  readonly internal?: { readonly name: string; readonly stack: string };
  /** Extra response headers (e.g. Retry-After). */
  readonly headers?: Readonly<Record<string, string>>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const XML_TYPE = 'application/xml; charset=utf-8';

/** A JSON result. */
export function jsonResult(status: number, value: unknown, report?: Report, rejected?: string): TaskResult {
  return {
    status,
    contentType: JSON_TYPE,
    body: JSON.stringify(value),
    codes: report ? report.issues.map((issue) => issue.code) : [],
    ...(rejected === undefined ? {} : { rejected }),
  };
}

/** The service's error response for a code of its catalogue. */
export function errorResult(
  status: number,
  code: Parameters<typeof serveReport>[0],
  params: Record<string, unknown> = {},
): TaskResult {
  const report = serveReport(code, params);
  return jsonResult(
    status,
    report,
    report,
    status === 400 || status === 413 || status === 415 ? code : undefined,
  );
}

/** Adds each issue's message in the language asked for as `text`. */
function localised(report: Report, lang: Lang | undefined): Report {
  if (lang === undefined) return report;
  return { ...report, issues: report.issues.map((issue) => ({ ...issue, text: issue.message[lang] })) };
}

/** Codes of the XML parser: the body is not a readable XML document at all (answered with 400). */
const NOT_XML =
  /^XML_(NOT_WELL_FORMED|NOT_ALLOWED_HERE|UNEXPECTED_END|NO_ROOT|MULTIPLE_ROOTS|MISMATCHED_TAG|UNDEFINED_ENTITY|INVALID_CHARACTER|DUPLICATE_ATTRIBUTE|UNBOUND_PREFIX|INVALID_QNAME|NAMESPACE_DECLARATION|DOCTYPE|ENCODING_\w+|LIMIT_\w+)$/;

const DEFAULT_AUTOR = { kennung: 'psw:00000000', name: 'antrag' };
const DEFAULT_LESER = { kennung: 'psw:00000000', name: 'Empfänger' };

function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

/** Runs tasks against the compiled forms of a FormSet. */
export class TaskRunner {
  private readonly forms: Map<string, FormDefinition[]>;
  private readonly compiled = new Map<FormDefinition, CompiledForm>();
  private readonly artefacts = new Map<string, string>();
  // The request envelopes' checkers are compiled (ajv) on first use: most services validate and
  // read far more than they write, and compiling them costs start-up time in every thread.
  private checkMessageRequest: ((value: unknown) => string | undefined) | undefined;
  private checkReceiptRequest: ((value: unknown) => string | undefined) | undefined;

  /**
   * Compiles every form (or takes it from `compiled`, forms the caller compiled with the same
   * code lists); throws `DefinitionError` for a broken definition. With `lazy`, each form is
   * compiled on its first task instead: for worker threads, whose forms the server thread has
   * compiled (and so checked) already, so that a worker is ready as soon as it is loaded.
   */
  constructor(
    private readonly set: FormSet,
    compiled?: ReadonlyMap<FormDefinition, CompiledForm>,
    options: { readonly lazy?: boolean } = {},
  ) {
    this.forms = byKey(set.definitions);
    if (options.lazy) return;
    for (const list of this.forms.values()) {
      for (const definition of list)
        this.compiled.set(definition, compiled?.get(definition) ?? this.compile(definition));
    }
  }

  private compile(definition: FormDefinition): CompiledForm {
    return this.set.codeLists.length > 0
      ? compile(definition, { codeLists: this.set.codeLists })
      : compile(definition);
  }

  /** Runs a task. Never throws. */
  run(task: Task): TaskResult {
    try {
      return this.dispatch(task);
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      // The first stack line repeats the message, which may quote data: keep the frames only.
      const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(1).join('\n') : '';
      const report = serveReport('SERVE_INTERNAL');
      return { ...jsonResult(500, report, report), internal: { name, stack } };
    }
  }

  private form(ref: FormRef): { definition: FormDefinition; form: CompiledForm } | undefined {
    const definition = findForm(this.forms, ref.key, ref.version);
    if (!definition) return undefined;
    let form = this.compiled.get(definition);
    if (!form) {
      form = this.compile(definition);
      this.compiled.set(definition, form);
    }
    return { definition, form };
  }

  private dispatch(task: Task): TaskResult {
    if (task.op === 'receipt') return this.receipt(task.body);
    const found = this.form(task.form);
    if (!found)
      return errorResult(404, 'SERVE_UNKNOWN_FORM', { form: task.form.key, version: task.form.version });
    const { definition, form } = found;
    switch (task.op) {
      case 'artefact':
        return this.artefact(definition, form, task.kind, task.naming);
      case 'validate': {
        const parsed = parseSubmission(task.body, form.limits);
        if (!parsed.ok) return this.refused(parsed.report, task.lang);
        const validated = form.validate(parsed.data, this.dateOption(task));
        // The Report only: the submission is not echoed back.
        const report: Report = { valid: validated.valid, issues: validated.issues };
        return jsonResult(200, localised(report, task.lang), report);
      }
      case 'write': {
        const parsed = parseSubmission(task.body, form.limits);
        if (!parsed.ok) return this.refused(parsed.report, task.lang);
        this.checkMessageRequest ??= schemaValidator('MessageRequest');
        const problem = this.checkMessageRequest(parsed.data);
        if (problem !== undefined)
          return errorResult(400, 'SERVE_BAD_REQUEST', { where: 'body', detail: problem });
        const request = parsed.data as { data: unknown; header?: Partial<MessageHeader> };
        const given = request.header ?? {};
        const header: MessageHeader = {
          ...given,
          nachrichtenUUID: given.nachrichtenUUID ?? randomUUID(),
          erstellungszeitpunkt: given.erstellungszeitpunkt ?? now(),
          autor: given.autor ?? DEFAULT_AUTOR,
          leser: given.leser ?? DEFAULT_LESER,
        };
        const written = writeMessage(form, request.data, header, {
          ...task.naming,
          ...this.dateOption(task),
        });
        if (!written.ok) {
          return jsonResult(
            200,
            { valid: false, report: localised(written.report, task.lang) },
            written.report,
          );
        }
        return jsonResult(200, { valid: true, xml: written.xml, report: { valid: true, issues: [] } });
      }
      case 'read': {
        const result = readMessage(form, task.body, { ...task.naming, ...this.dateOption(task) });
        const first = result.report.issues[0];
        if (!result.valid && result.data === undefined && first && NOT_XML.test(first.code)) {
          return this.refused(result.report, task.lang);
        }
        return jsonResult(200, { ...result, report: localised(result.report, task.lang) }, result.report);
      }
    }
  }

  private dateOption(task: BodyTask): { referenceDate?: string } {
    return task.referenceDate === undefined ? {} : { referenceDate: task.referenceDate };
  }

  /** A body that is not JSON or XML at all (or beyond the parser's limits): 400 with the parser's Report. */
  private refused(report: Report, lang: Lang | undefined): TaskResult {
    return jsonResult(400, localised(report, lang), report, report.issues[0]?.code ?? 'unknown');
  }

  private artefact(
    definition: FormDefinition,
    form: CompiledForm,
    kind: Artefact,
    naming: NamingOptions,
  ): TaskResult {
    // An XDF message carries a new message id and time each time; the others are cached.
    if (kind === 'xdf')
      return { status: 200, contentType: XML_TYPE, body: toXdf(definition, { version: 3 }), codes: [] };
    const cacheKey = `${definition.key}\u0000${definition.version}\u0000${kind}\u0000${naming.naming}\u0000${naming.versionSuffix}`;
    let body = this.artefacts.get(cacheKey);
    if (body === undefined) {
      body =
        kind === 'definition'
          ? JSON.stringify(definition)
          : kind === 'xsd'
            ? generateXsd(form, naming)
            : JSON.stringify(
                toJsonSchema(definition, {
                  ...(naming.naming === undefined ? {} : { naming: naming.naming }),
                  ...(naming.versionSuffix === undefined ? {} : { versionSuffix: naming.versionSuffix }),
                  codeLists: this.set.codeLists,
                }),
              );
      this.artefacts.set(cacheKey, body);
    }
    return { status: 200, contentType: kind === 'xsd' ? XML_TYPE : JSON_TYPE, body, codes: [] };
  }

  private receipt(body: Uint8Array): TaskResult {
    const parsed = parseSubmission(body);
    if (!parsed.ok) return this.refused(parsed.report, undefined);
    this.checkReceiptRequest ??= schemaValidator('ReceiptRequest');
    const problem = this.checkReceiptRequest(parsed.data);
    if (problem !== undefined)
      return errorResult(400, 'SERVE_BAD_REQUEST', { where: 'body', detail: problem });
    const request = parsed.data as {
      header: MessageHeader;
      report: Report;
      reason?: string;
      receipt?: Partial<MessageHeader>;
    };
    const own = request.receipt ?? {};
    const header: MessageHeader = {
      ...own,
      nachrichtenUUID: own.nachrichtenUUID ?? randomUUID(),
      erstellungszeitpunkt: own.erstellungszeitpunkt ?? now(),
      autor: request.header.leser,
      leser: request.header.autor,
    };
    const answers = request.header.nachrichtenUUID;
    try {
      const xml = request.report.valid
        ? writeReceipt({ kind: 'quittung', header, answers })
        : writeReceipt({
            ...rejectionFor(request.report, header, answers),
            ...(request.reason === undefined ? {} : { reason: request.reason }),
          });
      return { status: 200, contentType: XML_TYPE, body: xml, codes: [] };
    } catch (error) {
      // writeReceipt refuses (RangeError) what no message can carry: a header part that is not valid.
      if (!(error instanceof RangeError)) throw error;
      return errorResult(400, 'SERVE_BAD_REQUEST', { where: 'body', detail: error.message });
    }
  }
}
