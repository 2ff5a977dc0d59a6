/**
 * Stage: the structure of a schema or group — its `struktur` elements, each an occurrence
 * (cardinality, occurrence `bezug`) of a field or group in `enthaelt` — read recursively into
 * children with keys. Groups and fields are deduplicated by kind, id and version (`dedup.ts`);
 * a group inside itself is cut (`XDF_RECURSIVE_GROUP`), as is nesting deeper than
 * `MAX_DEFINITION_DEPTH` (`XDF_TOO_DEEP`). Also the message bodies: a schema, or a group or
 * field wrapped in a schema of its own.
 */

import { contentFingerprint } from '../../model/fingerprint.js';
import {
  type Cardinality,
  type ChildDefinition,
  type CodeList,
  type FormDefinition,
  type GroupDefinition,
  type MessageSettings,
  parseCardinality,
} from '../../model/types.js';
import { MAX_DEFINITION_DEPTH } from '../../model/walk.js';
import type { XmlElement } from '../../xml/parse.js';
import type { ElementExtension } from '../extension.js';
import { deriveKey } from '../keys.js';
import { normalisedText } from '../tree.js';
import type { Identity, ImportContext } from './context.js';
import { readOnce } from './dedup.js';
import { type Draft, finished, put } from './draft.js';
import { readField } from './fields.js';
import { childKeys, schemaKey } from './keys.js';
import { ableitungsmodifikationen, dokumentsteckbrief, identification, readMeta } from './metadata.js';
import type { Names } from './names.js';
import { readRules } from './rules.js';

/** One `struktur`: the element it contains and the occurrence's own properties. */
interface Occurrence {
  readonly content: ChildDefinition;
  readonly cardinality: Cardinality;
  readonly occurrenceBezug?: string;
  readonly name: string;
}

/** The occurrence's cardinality (`anzahl`); a malformed or empty range is reported and read as `1:1`. */
function cardinality(
  context: ImportContext,
  struktur: XmlElement,
  content: ChildDefinition,
  path: string,
): Cardinality {
  const anzahlElement = context.leaf(struktur, context.names.structure.count);
  const anzahl = normalisedText(anzahlElement);
  if (anzahl === undefined) return '1:1';
  const compact = anzahl.replace(/\s+/g, '');
  const parsed = parseCardinality(compact);
  if (parsed && parsed.max >= Math.max(1, parsed.min)) return compact as Cardinality;
  context.report(
    'XDF_INVALID_CARDINALITY',
    { id: content.id, anzahl, fallback: '1:1' },
    { xml: anzahlElement, path, element: content },
  );
  return '1:1';
}

/**
 * The children of a schema or group from its `struktur` elements, with keys and occurrence
 * properties. `ext` may carry the keys and implicit cardinalities the exporter recorded.
 */
function readChildren(
  context: ImportContext,
  container: XmlElement,
  names: Names,
  path: string,
  depth: number,
  owner: Identity,
  ext: ElementExtension | undefined,
): ChildDefinition[] {
  const table = context.names.structure;
  const contains = context.names.contains;
  const items: Occurrence[] = [];
  for (const struktur of context.kids(container, names)) {
    const childPath = `${path}/children/${items.length}`;
    const enthaelt = context.kid(struktur, table.contains);
    const inner = enthaelt ? context.kids(enthaelt, [...contains.field, ...contains.group])[0] : undefined;
    if (!inner) {
      context.report('XDF_EMPTY_STRUCTURE', { id: owner.id }, { xml: struktur, path, element: owner });
      continue;
    }
    const content = readElement(context, inner, childPath, depth);
    if (!content) continue;
    const item: Draft<Occurrence> = {
      content,
      cardinality: cardinality(context, struktur, content, childPath),
      name: content.name,
    };
    put(item, 'occurrenceBezug', context.bezug(struktur, table.bezug));
    items.push(finished(item, ['content', 'cardinality', 'name']));
  }
  const keys = childKeys(items, ext?.keys);
  const implicit = new Set(ext?.implicitCardinality ?? []);
  return items.map((item, index) => {
    const child: Draft<ChildDefinition> = { ...item.content, key: keys[index] as string };
    if (!(implicit.has(index) && item.cardinality === '1:1')) child.cardinality = item.cardinality;
    put(child, 'occurrenceBezug', item.occurrenceBezug);
    return finished(child, ['kind', 'id', 'version', 'name', 'key']);
  });
}

/** A field or group (by its element name), deduplicated by (kind, id, version). Occurrence properties are added by the caller. */
function readElement(
  context: ImportContext,
  element: XmlElement,
  path: string,
  depth: number,
): ChildDefinition | undefined {
  const kind = context.names.contains.group.includes(element.local) ? 'group' : 'field';
  const ident = identification(context, element, context.names.general.identification, path);
  if (!ident) return undefined;
  const cacheKey = `${kind}:${ident.id}@${ident.version}`;
  if (context.inProgress.has(cacheKey)) {
    context.report(
      'XDF_RECURSIVE_GROUP',
      { id: ident.id, version: ident.version },
      { xml: element, path, element: ident },
    );
    return undefined;
  }
  if (kind === 'group' && depth >= MAX_DEFINITION_DEPTH) {
    context.report('XDF_TOO_DEEP', { limit: MAX_DEFINITION_DEPTH }, { xml: element, path, element: ident });
    return undefined;
  }
  context.inProgress.add(cacheKey);
  try {
    return readOnce<ChildDefinition>(
      context,
      context.elements,
      () =>
        kind === 'group'
          ? readGroup(context, element, ident, path, depth)
          : readField(context, element, ident, path),
      (content) => ({ key: cacheKey, fingerprint: contentFingerprint(content) }),
      () =>
        context.report(
          'XDF_CONFLICTING_DUPLICATE',
          { id: ident.id, version: ident.version },
          { xml: element, path, element: ident },
        ),
    );
  } finally {
    context.inProgress.delete(cacheKey);
  }
}

/** One `datenfeldgruppe`, without occurrence properties. */
function readGroup(
  context: ImportContext,
  element: XmlElement,
  ident: Identity,
  path: string,
  depth: number,
): GroupDefinition {
  const names = context.names.group;
  const group: Draft<GroupDefinition> = { kind: 'group' };
  const ext = readMeta(context, element, 'group', ident, path, group);
  group.children = readChildren(context, element, names.structure, path, depth + 1, ident, ext);
  put(group, 'rules', readRules(context, element, names.rule, path));
  return finished(group, ['kind', 'id', 'version', 'name', 'children']);
}

/** A `stammdatenschema`. */
export function readSchema(context: ImportContext, element: XmlElement): FormDefinition | undefined {
  const names = context.names.schema;
  const ident = identification(context, element, context.names.general.identification, '');
  if (!ident) return undefined;
  const form: Draft<FormDefinition> = { kind: 'schema', format: 'antrag/definition@1' };
  const ext = readMeta(context, element, 'schema', ident, '', form);
  form.key = schemaKey(ext?.key, form.name ?? ident.id, ident.id);
  if (form.schemaelementart === undefined) put(form, 'schemaelementart', ext?.schemaelementart);
  form.children = readChildren(context, element, names.structure, '', 0, ident, ext);
  put(form, 'rules', readRules(context, element, names.rule, ''));
  // Parsed from JSON: optional properties are absent, never `undefined` (zod types say `| undefined`).
  put(form, 'codeLists', ext?.codeLists as readonly CodeList[] | undefined);
  put(form, 'message', ext?.message as MessageSettings | undefined);
  put(form, 'ableitungsmodifikationen', ableitungsmodifikationen(context, element, ident));
  put(form, 'dokumentsteckbrief', dokumentsteckbrief(context, element));
  return finished(form, ['kind', 'format', 'id', 'version', 'name', 'key', 'children']);
}

/** A Datenfeldgruppe or Datenfeld message: the element wrapped in a schema of its own. */
export function readWrapped(
  context: ImportContext,
  element: XmlElement,
  kind: 'group' | 'field',
): FormDefinition | undefined {
  const content = readElement(context, element, '/children/0', 0);
  if (!content) return undefined;
  const id = `S${content.id.slice(1)}`;
  context.report(
    'XDF_WRAPPED_IN_SCHEMA',
    { kind: kind === 'group' ? 'Datenfeldgruppe' : 'Datenfeld', id },
    { xml: element, element: content },
  );
  const form: Draft<FormDefinition> = {
    kind: 'schema',
    format: 'antrag/definition@1',
    id,
    version: content.version,
    name: content.name,
    key: deriveKey(content.name, 'schema', id),
    children: [{ ...content, key: deriveKey(content.name, kind, content.id), cardinality: '1:1' }],
  };
  put(form, 'label', content.label);
  return finished(form, ['kind', 'format', 'id', 'version', 'name', 'key', 'children']);
}
