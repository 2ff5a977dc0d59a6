import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alg2 } from '../../schemas/alg2/form.js';
import { fuehrerschein } from '../../schemas/fuehrerschein/form.js';
import { personenbefoerderungsschein } from '../../schemas/personenbefoerderungsschein/form.js';
import type { ChildDefinition, FormDefinition, GroupDefinition } from './types.js';
import {
  elementsOf,
  foldDefinition,
  MAX_DEFINITION_DEPTH,
  occurrence,
  SKIP,
  walkDefinition,
} from './walk.js';

/** The oracle: a plain recursive walk written here, independent of the walker's stack. */
function reference(definition: FormDefinition): string[] {
  const out: string[] = [];
  const visit = (children: readonly ChildDefinition[], keys: string[], path: string) => {
    children.forEach((child, index) => {
      const childKeys = [...keys, child.key];
      const childPath = `${path}/children/${index}`;
      out.push(`${childPath} ${childKeys.join('.')} ${childKeys.length}`);
      if (child.kind === 'group') visit(child.children, childKeys, childPath);
    });
  };
  visit(definition.children, [], '');
  return out;
}

const describeVisits = (definition: FormDefinition) =>
  elementsOf(definition).map((visit) => `${visit.path} ${visit.keyPath} ${visit.depth}`);

function field(key: string, cardinality?: string): ChildDefinition {
  return {
    kind: 'field',
    id: 'F99000001',
    version: '1.0',
    name: key,
    key,
    feldart: 'input',
    datentyp: 'text',
    ...(cardinality ? { cardinality: cardinality as `${number}:${number}` } : {}),
  };
}

function group(key: string, children: ChildDefinition[]): GroupDefinition {
  return { kind: 'group', id: 'G99000001', version: '1.0', name: key, key, children };
}

function form(children: ChildDefinition[]): FormDefinition {
  return {
    kind: 'schema',
    format: 'antrag/definition@1',
    id: 'S99000001',
    version: '1.0',
    name: 'f',
    key: 'f',
    children,
  };
}

const tree: fc.Memo<ChildDefinition> = fc.memo((n) =>
  n <= 1
    ? fc.constantFrom('a', 'b', 'c').map((key) => field(key))
    : fc.oneof(
        fc.constantFrom('a', 'b', 'c').map((key) => field(key)),
        fc
          .tuple(fc.constantFrom('g', 'h'), fc.array(tree(n - 1), { maxLength: 4 }))
          .map(([key, children]) => group(key, children)),
      ),
);

describe('walkDefinition', () => {
  it('visits the shipped forms in document order with their paths, like a recursive walk', () => {
    for (const definition of [alg2, fuehrerschein, personenbefoerderungsschein]) {
      expect(describeVisits(definition)).toEqual(reference(definition));
    }
  });

  it('agrees with a recursive walk on random definitions', () => {
    fc.assert(
      fc.property(fc.array(tree(5), { maxLength: 5 }), (children) => {
        const definition = form(children);
        expect(describeVisits(definition)).toEqual(reference(definition));
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it('gives each element its parent and index', () => {
    for (const visit of elementsOf(alg2)) expect(visit.parent.children[visit.index]).toBe(visit.element);
  });

  it('leaves out the children of a skipped group', () => {
    const definition = form([group('g', [field('a'), group('h', [field('b')])]), field('c')]);
    const seen: string[] = [];
    walkDefinition(definition, (visit) => {
      seen.push(visit.keyPath);
      return visit.element.key === 'h' ? SKIP : undefined;
    });
    expect(seen).toEqual(['g', 'g.a', 'g.h', 'c']);
  });

  it('hands each element what its parent returned', () => {
    const definition = form([group('g', [field('a'), group('h', [field('b')])]), field('c')]);
    const seen: string[] = [];
    foldDefinition(definition, 'root', (visit, above) => {
      seen.push(`${above}>${visit.element.key}`);
      return visit.element.key;
    });
    expect(seen).toEqual(['root>g', 'g>a', 'g>h', 'h>b', 'root>c']);
  });

  it('does not enter groups deeper than the limit and says where, even 100,000 levels deep', () => {
    let deepest: ChildDefinition = field('leaf');
    for (let i = 0; i < 100_000; i++) deepest = group('g', [deepest]);
    const definition = form([deepest]);
    let visits = 0;
    const tooDeep: number[] = [];
    walkDefinition(definition, () => void visits++, { tooDeep: (at) => tooDeep.push(at.depth) });
    expect(visits).toBe(MAX_DEFINITION_DEPTH);
    expect(tooDeep).toEqual([MAX_DEFINITION_DEPTH]);
  });
});

describe('occurrence', () => {
  it('reads the cardinality, 1:1 when absent or malformed', () => {
    expect(occurrence(field('a'))).toEqual({ min: 1, max: 1, repeated: false });
    expect(occurrence(field('a', '0:1'))).toEqual({ min: 0, max: 1, repeated: false });
    expect(occurrence(field('a', '2:5'))).toEqual({ min: 2, max: 5, repeated: true });
    expect(occurrence(field('a', '0:*'))).toEqual({ min: 0, max: Number.POSITIVE_INFINITY, repeated: true });
    expect(occurrence(field('a', 'x'))).toEqual({ min: 1, max: 1, repeated: false });
  });
});
