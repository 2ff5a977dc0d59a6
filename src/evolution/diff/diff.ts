/**
 * `diffDefinitions(a, b)`: every change between two versions of a form definition, as data, each
 * classified on two axes (old submissions read by the new version; new submissions read by the
 * old version; see verdict.ts), and a check of the version step (versioning.ts).
 *
 * Elements pair by FIM id, then by key path (match.ts). For each pair every property of the
 * model is compared: the known ones by what validation does with them (fields.ts, rules.ts),
 * any other one as a `property` change that is breaking because its effect cannot be proved, so
 * a property the model gains later is never silently ignored. Decision record:
 * docs/decisions/0026-diff-matching-and-axes.md.
 */

import { CodeListRegistry } from '../../model/codelists.js';
import type {
  ChildDefinition,
  CodeList,
  FieldDefinition,
  FormDefinition,
  RuleDefinition,
} from '../../model/types.js';
import { type Change, type ChangeSide, jsonValue } from './change.js';
import {
  codeChanges,
  datentypChange,
  type FieldContext,
  feldartChange,
  fileChanges,
  praezisierungChanges,
} from './fields.js';
import type { Found } from './found.js';
import type { ChangeKind } from './kinds.js';
import { type Entry, entriesOf, matchEntries, reorderedEntries } from './match.js';
import { ruleChanges } from './rules.js';
import { type Axes, breaking, breakingBoth, compatible, needsData, textOnly } from './verdict.js';
import { checkVersioning, type VersioningCheck } from './versioning.js';

/** Options of `diffDefinitions`. */
export interface DiffOptions {
  /**
   * Code lists to resolve code list references with, in addition to those each definition
   * carries (as `compile` does). With both lists of a changed reference loaded, the change lists
   * the codes added and removed and is classified by them; otherwise it cannot be proved.
   */
  readonly codeLists?: CodeListRegistry | Iterable<CodeList>;
}

/** Which version a side of the diff is. */
export interface DiffVersion {
  readonly id: string;
  readonly version: string;
  readonly key: string;
}

/** The result of `diffDefinitions`: plain JSON. */
export interface DefinitionDiff {
  readonly from: DiffVersion;
  readonly to: DiffVersion;
  /** Every change, in the order of the new version's elements (removed ones after their old place). */
  readonly changes: readonly Change[];
  readonly versioning: VersioningCheck;
}

type Resolve = (uri: string, version: string) => CodeList | undefined;

function resolverFor(definition: FormDefinition, extra: DiffOptions['codeLists']): Resolve {
  const registry = new CodeListRegistry(definition.codeLists ?? []);
  if (extra) for (const list of extra) registry.add(list);
  return (uri, version) => registry.get(uri, version);
}

function sideOf(entry: Entry): ChangeSide {
  return { path: entry.path, id: entry.element.id, version: entry.element.version };
}

/** Texts: validation reads none of them. */
const TEXTS = [
  'name',
  'label',
  'outputLabel',
  'description',
  'definition',
  'help',
  'outputHelp',
  'versionNote',
];
/** Metadata validation does not read. */
const METADATA = [
  'statusDate',
  'publicationDate',
  'validFrom',
  'validUntil',
  'schemaelementart',
  'author',
  'relations',
  'vorbefuellung',
  'content',
];
/** Properties compared by their own code below, or not compared at all (`format` is fixed). */
const HANDLED = new Set([
  ...TEXTS,
  ...METADATA,
  'kind',
  'id',
  'version',
  'key',
  'cardinality',
  'bezug',
  'occurrenceBezug',
  'status',
  'children',
  'rules',
  'feldart',
  'datentyp',
  'praezisierung',
  'codeList',
  'values',
  'file',
  'format',
  'codeLists',
  'message',
]);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function property(record: object, key: string): unknown {
  return (record as Record<string, unknown>)[key];
}

/** True when the element can carry a value in a submission (label fields never do). */
function carriesValue(element: ChildDefinition): boolean {
  return !(element.kind === 'field' && element.feldart === 'label');
}

function executableRules(element: ChildDefinition, kinds: readonly string[]): RuleDefinition[] {
  return (element.rules ?? []).filter(
    (rule) => kinds.includes(rule.ruleKind) && rule.expression !== undefined,
  );
}

/** An element only the new version has. */
function addedAxes(entry: Entry): Axes {
  const element = entry.element as ChildDefinition;
  if (!carriesValue(element)) return textOnly('a label carries no value and is never required');
  const asking = executableRules(element, ['required', 'minCount']);
  const oldToNew =
    entry.occurrence.min > 0
      ? needsData(`new required element: old submissions lack ${entry.path}`)
      : asking.length > 0
        ? needsData(`new element with a ${asking[0]?.ruleKind} rule: old submissions may lack it`)
        : compatible('new optional element: old submissions without it stay valid');
  const newToOld = breaking('the old version does not know the element: a value is rejected (UNKNOWN_KEY)');
  return { oldToNew, newToOld };
}

/** An element only the old version has. */
function removedAxes(entry: Entry): Axes {
  const element = entry.element as ChildDefinition;
  if (!carriesValue(element)) return textOnly('a label carries no value and is never required');
  const asking = executableRules(element, ['required', 'minCount']);
  const oldToNew = breaking('the new version does not know the element: a value is rejected (UNKNOWN_KEY)');
  const newToOld =
    entry.occurrence.min > 0
      ? needsData(`the old version requires ${entry.path}, which new submissions lack`)
      : asking.length > 0
        ? needsData(
            `the old version has a ${asking[0]?.ruleKind} rule on ${entry.path}, which new submissions lack`,
          )
        : compatible('the old version allows the element to be absent');
  return { oldToNew, newToOld };
}

/** The cardinality changed (repeated elements are lists, single ones are not). */
function cardinalityAxes(a: Entry, b: Entry): Axes {
  const x = a.occurrence;
  const y = b.occurrence;
  if (x.repeated !== y.repeated) {
    return breakingBoth(
      x.repeated
        ? 'a list becomes a single value: the shape of the data changes'
        : 'a single value becomes a list: the shape of the data changes',
    );
  }
  const axis = (from: typeof x, to: typeof x, what: string) => {
    if (to.max < from.max) return breaking(`fewer occurrences allowed (${to.max}): ${what} may have more`);
    if (to.min > from.min) return needsData(`more occurrences required (${to.min}): ${what} may have fewer`);
    return compatible(`every count allowed before is allowed`);
  };
  return { oldToNew: axis(x, y, 'old submissions'), newToOld: axis(y, x, 'new submissions') };
}

/** Compares two matched elements (or the two forms); returns what changed, unplaced. */
function compareElements(a: Entry, b: Entry, context: FieldContext): Found[] {
  const out: Found[] = [];
  const x = a.element;
  const y = b.element;
  const push = (kind: ChangeKind, facet: string | undefined, axes: Axes, before?: unknown, after?: unknown) =>
    out.push({
      kind,
      ...(facet === undefined ? {} : { facet }),
      ...(before === undefined ? {} : { before: jsonValue(before) }),
      ...(after === undefined ? {} : { after: jsonValue(after) }),
      axes,
    });
  const isForm = x.kind === 'schema';
  if (x.id !== y.id)
    push(
      'element-id',
      undefined,
      textOnly('validation does not read FIM ids (messages named by FIM id change their element names)'),
      x.id,
      y.id,
    );
  if (x.version !== y.version && !isForm)
    push(
      'element-version',
      undefined,
      textOnly('validation does not read element versions (FIM-id names with a version suffix change)'),
      x.version,
      y.version,
    );
  if (x.kind !== y.kind) {
    push('element-kind', undefined, breakingBoth(`a ${x.kind} became a ${y.kind}`), x.kind, y.kind);
  }
  if (x.key !== y.key) {
    if (isForm)
      push(
        'message',
        'key',
        breakingBoth('the form key names the root element of XML messages'),
        x.key,
        y.key,
      );
    else
      push(
        'element-renamed',
        undefined,
        breakingBoth('the value is under another key: the old key is unknown to the new version and back'),
        x.key,
        y.key,
      );
  }
  if (!isForm && !same(property(x, 'cardinality') ?? '1:1', property(y, 'cardinality') ?? '1:1'))
    push(
      'cardinality',
      undefined,
      cardinalityAxes(a, b),
      property(x, 'cardinality') ?? '1:1',
      property(y, 'cardinality') ?? '1:1',
    );
  for (const facet of TEXTS)
    if (!same(property(x, facet), property(y, facet)))
      push('text', facet, textOnly('texts are not checked'), property(x, facet), property(y, facet));
  for (const facet of ['bezug', 'occurrenceBezug'])
    if (!same(property(x, facet), property(y, facet)))
      push(
        'bezug',
        facet,
        textOnly('the legal basis is shown in issues only'),
        property(x, facet),
        property(y, facet),
      );
  if (!same(x.status, y.status))
    push('status', 'status', textOnly('validation does not read the freigabestatus'), x.status, y.status);
  for (const facet of METADATA)
    if (!same(property(x, facet), property(y, facet)))
      push(
        'metadata',
        facet,
        textOnly('validation does not read this property'),
        property(x, facet),
        property(y, facet),
      );
  if (x.kind === 'field' && y.kind === 'field') out.push(...fieldChanges(x, y, context));
  if (isForm && y.kind === 'schema') out.push(...formChanges(x, y));
  out.push(...ruleChanges(x.rules, y.rules, b.occurrence.min));
  for (const facet of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (HANDLED.has(facet) || same(property(x, facet), property(y, facet))) continue;
    push(
      'property',
      facet,
      breakingBoth(`property ${facet} is not known to the diff: cannot prove its effect`),
      property(x, facet),
      property(y, facet),
    );
  }
  return out;
}

function fieldChanges(a: FieldDefinition, b: FieldDefinition, context: FieldContext): Found[] {
  return [
    ...feldartChange(a, b, context),
    ...datentypChange(a, b, context),
    ...praezisierungChanges(a, b),
    ...fileChanges(a, b),
    ...codeChanges(a, b, context),
  ];
}

function formChanges(a: FormDefinition, b: FormDefinition): Found[] {
  const out: Found[] = [];
  if (a.format !== b.format)
    out.push({
      kind: 'property',
      facet: 'format',
      before: a.format,
      after: b.format,
      axes: breakingBoth('another definition format'),
    });
  const messageA = (a.message ?? {}) as Record<string, unknown>;
  const messageB = (b.message ?? {}) as Record<string, unknown>;
  for (const facet of new Set([...Object.keys(messageA), ...Object.keys(messageB)])) {
    if (same(messageA[facet], messageB[facet])) continue;
    out.push({
      kind: 'message',
      facet,
      before: jsonValue(messageA[facet]),
      after: jsonValue(messageB[facet]),
      axes: breakingBoth(`XML messages of one version carry another ${facet} than the other reads`),
    });
  }
  const lists = (definition: FormDefinition) =>
    (definition.codeLists ?? []).map((list) => `${list.uri}_${list.version}`).sort();
  if (!same(a.codeLists ?? [], b.codeLists ?? []))
    out.push({
      kind: 'carried-code-lists',
      before: lists(a),
      after: lists(b),
      axes: textOnly('lists are only read through the fields that reference them (reported per field)'),
    });
  return out;
}

function place(found: Found, from: Entry | undefined, to: Entry | undefined): Change {
  const { axes, ...rest } = found;
  return {
    kind: rest.kind,
    ...(rest.facet === undefined ? {} : { facet: rest.facet }),
    ...(from ? { from: sideOf(from) } : {}),
    ...(to ? { to: sideOf(to) } : {}),
    ...(rest.rule ? { rule: rest.rule } : {}),
    ...(rest.before === undefined ? {} : { before: rest.before }),
    ...(rest.after === undefined ? {} : { after: rest.after }),
    ...(rest.codesAdded ? { codesAdded: rest.codesAdded } : {}),
    ...(rest.codesRemoved ? { codesRemoved: rest.codesRemoved } : {}),
    oldToNew: axes.oldToNew,
    newToOld: axes.newToOld,
  };
}

/**
 * Every change between version `a` (old) and `b` (new) of a definition, classified, with the
 * check of the version step. Never throws for definitions that passed `loadDefinition`.
 */
export function diffDefinitions(
  a: FormDefinition,
  b: FormDefinition,
  options: DiffOptions = {},
): DefinitionDiff {
  const before = entriesOf(a);
  const after = entriesOf(b);
  const matching = matchEntries(before, after);
  const reordered = reorderedEntries(matching);
  const oldOf = new Map<Entry, Entry>();
  for (const [x, y] of matching.pairs) oldOf.set(y, x);
  const resolveOld = resolverFor(a, options.codeLists);
  const resolveNew = resolverFor(b, options.codeLists);
  const removedAfter = new Map<Entry | undefined, Entry[]>();
  for (const entry of matching.removed) {
    // A removed element is listed after the new place of its old predecessor in document order.
    let anchor: Entry | undefined;
    for (const candidate of before) {
      if (candidate === entry) break;
      anchor = matching.pairs.get(candidate) ?? anchor;
    }
    const list = removedAfter.get(anchor) ?? [];
    list.push(entry);
    removedAfter.set(anchor, list);
  }
  const changes: Change[] = [];
  const emitRemoved = (anchor: Entry | undefined) => {
    for (const entry of removedAfter.get(anchor) ?? [])
      changes.push(place({ kind: 'element-removed', axes: removedAxes(entry) }, entry, undefined));
  };
  emitRemoved(undefined);
  for (const y of after) {
    const x = oldOf.get(y);
    if (!x) {
      changes.push(place({ kind: 'element-added', axes: addedAxes(y) }, undefined, y));
    } else {
      const movedParent = x.parent && y.parent && matching.pairs.get(x.parent) !== y.parent;
      if (movedParent)
        changes.push(
          place(
            {
              kind: 'element-moved',
              before: x.parent?.path,
              after: y.parent?.path,
              axes: breakingBoth('the value lives under another parent: a migration must move it'),
            },
            x,
            y,
          ),
        );
      else if (reordered.has(y))
        changes.push(
          place(
            {
              kind: 'element-reordered',
              before: x.index,
              after: y.index,
              axes: breakingBoth(
                'XML messages list elements in definition order (XML_ELEMENT_ORDER); JSON is unaffected',
              ),
            },
            x,
            y,
          ),
        );
      const context: FieldContext = {
        oldMin: x.occurrence.min,
        newMin: y.occurrence.min,
        resolveOld,
        resolveNew,
      };
      for (const found of compareElements(x, y, context)) changes.push(place(found, x, y));
    }
    emitRemoved(y);
  }
  const from = { id: a.id, version: a.version, key: a.key };
  const to = { id: b.id, version: b.version, key: b.key };
  return { from, to, changes, versioning: checkVersioning(from, to, changes) };
}
