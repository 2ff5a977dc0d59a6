/**
 * XDatenfelder 2 and 3 import: an XDF message (Stammdatenschema 0102, Datenfeldgruppe 0103 or
 * Datenfeld 0104) becomes a `FormDefinition`. The version is told by the namespace alone.
 * Bad input never throws: everything found is in the Report, with stable `XDF_` codes, the
 * element's XPath and line:column, and a JSON pointer into the resulting definition. Every
 * element of the file is also checked against the content model of its version
 * (`structure.ts`): unknown and repeated elements are reported, none is dropped silently.
 *
 * The import runs in stages (`importer/`): the version's name table (`names-xdf2.ts`,
 * `names-xdf3.ts`), then the body — metadata, rules, fields, structure — then post-processing
 * (keys, deduplication, rules that do not check, lint errors), then the structure check.
 * See docs/fim.md for the mapping of every XDF element.
 */

import { makeReport, type Report } from '../issues/issue.js';
import type { FormDefinition } from '../model/types.js';
import { qname } from '../xml/navigate.js';
import { DEFAULT_XML_LIMITS, parseXml, type XmlLimits } from '../xml/parse.js';
import type { XdfCode } from './codes.js';
import { ImportContext, nameOf, namesFor } from './importer/context.js';
import { type Draft, put } from './importer/draft.js';
import { demoteBrokenRules, reportLintErrors } from './importer/finish.js';
import { readSchema, readWrapped } from './importer/structure.js';
import { notWellFormed, xdfIssue } from './issue.js';
import { checkStructure, identityOf, type StructureFinding, summary } from './structure.js';
import { FIELD_MESSAGE, GROUP_MESSAGE, SCHEMA_MESSAGE, XDF1_NAMESPACE } from './xdf.js';

/** Options of `importXdf`. */
export interface ImportXdfOptions {
  /** Limits of the XML parser (size, depth, names, text); see `DEFAULT_XML_LIMITS`. */
  readonly limits?: Partial<XmlLimits>;
}

/** The message header of an XDF file. */
export interface XdfHeader {
  readonly nachrichtID?: string;
  readonly erstellungszeitpunkt?: string;
}

/** The result of `importXdf`: the definition (absent when the file cannot be read at all) and what was found. */
export interface XdfImportResult {
  readonly definition?: FormDefinition;
  /** Every finding; `report.valid` is true when the definition is usable as it is (it compiles). */
  readonly report: Report;
  /** 2 or 3, when the namespace was recognised. */
  readonly xdfVersion?: 2 | 3;
  readonly header?: XdfHeader;
}

/** A finding of the structure check as an issue, located at the element and its owner's pointer. */
function structureIssue(context: ImportContext, finding: StructureFinding): void {
  const owner = finding.owner;
  const ident = owner ? identityOf(owner, context.ns) : undefined;
  const at = {
    xml: finding.element,
    path: owner ? (context.pathOf.get(owner) ?? '') : '',
    element: ident?.version ? ident : undefined,
  };
  const element = qname(finding.element);
  const parent = qname(finding.parent);
  if (finding.kind === 'unknown') {
    const namespace = finding.element.ns;
    context.report('XDF_UNKNOWN_ELEMENT', { element, namespace, parent, xdfVersion: context.version }, at, {
      de: { namespace: namespace || 'keiner' },
      en: { namespace: namespace || 'none' },
    });
    return;
  }
  context.report(
    finding.identity ? 'XDF_REPEATED_IDENTIFICATION' : 'XDF_REPEATED_ELEMENT',
    {
      element,
      parent,
      occurrence: finding.occurrence,
      keptOccurrence: finding.keptOccurrence,
      value: summary(finding.element),
      kept: summary(finding.kept),
      ...(finding.kept.local === finding.element.local ? {} : { keptElement: qname(finding.kept) }),
    },
    at,
  );
}

/**
 * Imports an XDatenfelder 2 or 3 message (Stammdatenschema, Datenfeldgruppe or Datenfeld) as a
 * definition. Never throws: problems are issues in the report with stable `XDF_` codes.
 *
 * @example
 * ```ts
 * const { definition, report } = importXdf(readFileSync('S00000121.xml'));
 * if (definition && report.valid) compile(definition, { codeLists }).validate(data);
 * ```
 */
export function importXdf(xml: string | Uint8Array, options: ImportXdfOptions = {}): XdfImportResult {
  const limits = { ...DEFAULT_XML_LIMITS, ...options.limits };
  const parsed = parseXml(xml, limits);
  if (!parsed.ok) return { report: makeReport([notWellFormed(parsed.issue)]) };
  const root = parsed.root;
  const fail = (code: XdfCode, params: Record<string, unknown>, version?: 2 | 3): XdfImportResult => {
    const at = { xml: { xpath: `/${qname(root)}`, line: root.line, column: root.column } };
    const report = makeReport([xdfIssue(code, params, at)]);
    return version === undefined ? { report } : { report, xdfVersion: version };
  };
  if (root.ns === XDF1_NAMESPACE) return fail('XDF_XDF1_NOT_SUPPORTED', { namespace: root.ns });
  const names = namesFor(root.ns);
  if (names === undefined) return fail('XDF_UNKNOWN_NAMESPACE', { namespace: root.ns });
  const version = names.xdfVersion;
  const bodies = {
    [SCHEMA_MESSAGE]: names.message.schema,
    [GROUP_MESSAGE]: names.message.group,
    [FIELD_MESSAGE]: names.message.field,
  };
  if (!Object.hasOwn(bodies, root.local))
    return fail(
      'XDF_UNSUPPORTED_MESSAGE',
      { root: root.local, expected: Object.keys(bodies).join(', ') },
      version,
    );
  const bodyNames = bodies[root.local as keyof typeof bodies];

  const context = new ImportContext(names, root);
  let definition: FormDefinition | undefined;
  let header: XdfHeader | undefined;
  try {
    const headerElement = context.kid(root, names.message.header);
    if (headerElement) {
      const read: Draft<XdfHeader> = {};
      put(read, 'nachrichtID', context.text(headerElement, names.header.messageId));
      put(read, 'erstellungszeitpunkt', context.text(headerElement, names.header.createdAt));
      header = read;
    }
    const body = context.kid(root, bodyNames);
    if (!body) {
      context.report(
        'XDF_MISSING_ELEMENT',
        { element: nameOf(bodyNames), parent: root.local },
        { xml: root },
      );
    } else if (bodyNames === names.message.schema) {
      definition = readSchema(context, body);
    } else {
      definition = readWrapped(context, body, bodyNames === names.message.group ? 'group' : 'field');
    }
    if (definition) {
      definition = demoteBrokenRules(context, definition);
      reportLintErrors(context, definition);
    }
    for (const finding of checkStructure(root, version, root.ns)) structureIssue(context, finding);
  } catch (error) {
    context.report(
      'XDF_INTERNAL_ERROR',
      { detail: error instanceof Error ? error.message : String(error) },
      { xml: root },
    );
    definition = undefined;
  }
  const report = makeReport(context.issues);
  const result: Draft<XdfImportResult> = { report, xdfVersion: version };
  put(result, 'definition', definition);
  put(result, 'header', header);
  return { report, ...result };
}
