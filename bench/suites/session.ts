/**
 * The incremental session over an edit to every field of the large application: for each value
 * of the data (every field occurrence, also inside each household member), `set` changes it to
 * another plausible value and back, and the time per `set` is taken. Full validation of the same
 * data runs in every round beside the edits. Reported: the median field and the worst field
 * (named), each as a ratio to full validation.
 */

import { pointerAppend } from '../../src/issues/pointer.js';
import { addDays } from '../../src/rules/calendar.js';
import { compile } from '../../src/validate/compile.js';
import type { CompiledChild, CompiledContainer } from '../../src/validate/tree.js';
import { batch, calibrate, type Settings, spread } from '../harness.js';
import { selectCodes } from '../peers/codes.js';
import { ms, type Section, times } from '../result.js';
import { alg2Data, alg2Unbounded, assertHonest, REFERENCE_DATE } from '../workloads.js';

interface FieldEdit {
  readonly path: string;
  readonly original: unknown;
  readonly other: unknown;
}

/** Another value of the same kind: the next day, another code, one character changed, … */
function otherValue(child: CompiledChild, value: unknown): unknown {
  const field = child.definition;
  if (field.kind !== 'field') return value;
  const codes = selectCodes(alg2Unbounded, field);
  if (codes && typeof value === 'string') return codes.find((code) => code.code !== value)?.code ?? value;
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'string') {
    if (field.datentyp === 'date') return addDays(value, 1) ?? value;
    if (value === '') return 'a';
    const last = value.charCodeAt(value.length - 1);
    const swapped =
      last >= 0x30 && last <= 0x38 ? last + 1 : last === 0x39 ? 0x30 : last === 0x61 ? 0x62 : 0x61;
    return value.slice(0, -1) + String.fromCharCode(swapped);
  }
  if (typeof value === 'object' && value !== null) return { ...value, name: 'anders.pdf' };
  return value;
}

/** Every field occurrence with a value in the data. */
function fieldEdits(
  container: CompiledContainer,
  record: Record<string, unknown>,
  path: string,
): FieldEdit[] {
  const edits: FieldEdit[] = [];
  for (const child of container.children) {
    if (!Object.hasOwn(record, child.key)) continue;
    const value = record[child.key];
    const at = pointerAppend(path, child.key);
    const items =
      child.repeated && Array.isArray(value)
        ? value.map((item, i) => [item, pointerAppend(at, i)] as const)
        : [[value, at] as const];
    for (const [item, itemPath] of items) {
      if (child.container) {
        if (typeof item === 'object' && item !== null)
          edits.push(...fieldEdits(child.container, item as Record<string, unknown>, itemPath));
      } else {
        edits.push({ path: itemPath, original: item, other: otherValue(child, item) });
      }
    }
  }
  return edits;
}

export function sessionSuite(options: Settings): Section {
  const form = compile(alg2Unbounded);
  const data = alg2Data(8);
  const validate = () => form.validate(data, { referenceDate: REFERENCE_DATE });
  assertHonest(validate().issues, 'the large application');
  const session = form.session(data, { referenceDate: REFERENCE_DATE });
  const edits = fieldEdits(form.tree.root, data, '');
  // One call changes the value and the next changes it back, so each batch ends where it began.
  const editors = edits.map((edit) => {
    let flip = false;
    const editor = () => {
      flip = !flip;
      return session.set(edit.path, flip ? edit.other : edit.original);
    };
    editor.reset = () => {
      if (flip) editor();
    };
    return editor;
  });
  console.log(`session: ${edits.length} fields`);
  const validateCalls = calibrate(validate, options.batchMs);
  const editCalls = editors.map((editor) => {
    const calls = calibrate(editor, options.batchMs / 8) * 2;
    editor.reset();
    return calls;
  });
  const validateTimes: number[] = [];
  const fieldTimes: number[][] = edits.map(() => []);
  for (let round = 0; round < options.rounds; round++) {
    validateTimes.push(batch(validate, validateCalls));
    editors.forEach((editor, i) => {
      fieldTimes[i]?.push(batch(editor, editCalls[i] as number));
    });
  }
  assertHonest(session.report().issues, 'the session after the edits');
  const fieldMedians = fieldTimes.map((list) => spread(list).median);
  const order = fieldMedians
    .map((_, i) => i)
    .sort((a, b) => (fieldMedians[a] as number) - (fieldMedians[b] as number));
  const worst = order[order.length - 1] as number;
  const medianIndex = order[Math.floor(order.length / 2)] as number;
  // Per round: full validation over the median field of that round, and over the worst field.
  const perRound = (pick: (round: number) => number) =>
    spread(validateTimes.map((v, round) => v / pick(round)));
  const medianRatio = perRound((round) => spread(fieldTimes.map((list) => list[round] as number)).median);
  const worstRatio = perRound((round) => fieldTimes[worst]?.[round] as number);
  const validateMs = spread(validateTimes).median;
  const slowest = [...order].reverse().slice(0, 8);
  const worstEdit = edits[worst] as FieldEdit;
  const worstEditor = editors[worst] as () => unknown;
  return {
    title: `Session: an edit to every field of the large application (${edits.length} fields)`,
    text:
      'Every field occurrence of the data is edited in turn (a date by a day, a code to another code of its list, a text by its last character, a number by one, a boolean negated) and set back. ' +
      'Edits that make the data invalid are part of it: a session exists to report them. Full validation of the same data runs in every round beside the edits; each ratio is per round, median and spread over the rounds.',
    tables: [
      {
        head: ['', 'median ms per call', 'vs full validation'],
        rows: [
          ['full validation', ms(validateMs), ''],
          [
            'session.set: the median field',
            ms(fieldMedians[medianIndex] as number),
            `${times(medianRatio.median)} faster`,
          ],
          [
            `session.set: the worst field, \`${worstEdit.path}\``,
            ms(fieldMedians[worst] as number),
            `${times(worstRatio.median)} faster`,
          ],
        ],
      },
      {
        caption: 'The slowest fields',
        head: ['field', 'median ms per set', 'vs full validation'],
        rows: slowest.map((i) => [
          `\`${edits[i]?.path}\``,
          ms(fieldMedians[i] as number),
          `${times(validateMs / (fieldMedians[i] as number))} faster`,
        ]),
      },
    ],
    targets: [
      {
        name: 'session: the median single-field edit vs full validation',
        ratio: medianRatio,
        goal: 20,
        better: 'higher',
        unit: '× faster',
        whenMissed:
          'Every edit pays a fixed part besides the rules that read the field: finding the affected occurrences, de-duplicating and diffing the issue lists (about a third of an edit of `familienstand` in the profile below), while full validation, the baseline, got faster in this issue (decision 0033). What would close it: issues kept per rule occurrence, so that an edit diffs only the re-run rules’ issues, and the repeat items indexed once per list instead of per edit; the worst field’s answer below applies too.',
      },
      {
        name: `session: the worst field (\`${worstEdit.path}\`) vs full validation`,
        ratio: worstRatio,
        goal: 5,
        better: 'higher',
        unit: '× faster',
        whenMissed:
          'The session re-runs only the rules that read the edited value, and for a value a rule reads as its own repeat item only that item (decisions 0020, 0033). The worst fields are read by rules of every other item: the applicant’s `familienstand` by two rules of each household member (Familienstand, Bedarfsgemeinschaft), a member’s `verwandtschaft` by five form rules that count over the whole household (`countWhere`). These re-runs are about a third of full validation’s rule evaluations, and rules are most of its time (profile: plan.ts, own, calendarDay). ' +
          'What would close it: memoise per-item results of aggregates (`countWhere`, `sum` over the household) so that an edit in one item re-evaluates that item’s condition only, and split a member rule into the part that reads the member and the part that reads the applicant, so a change of the applicant re-runs the shared part once.',
        profile: worstEditor,
      },
    ],
  };
}
