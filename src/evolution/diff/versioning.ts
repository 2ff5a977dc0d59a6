/**
 * The FIM versioning check: does the version step between two versions follow from their
 * changes? Semantic versioning read for FIM's `x.y` (XDF 2) and `x.y.z` (XDF 3): a change that
 * breaks or needs data for old submissions read by the new version needs a major step; a change
 * that only the old readers cannot take (an addition) needs at least a minor step; a change both
 * sides accept (texts, metadata) needs any step. Same version with changes is a finding, and so
 * is a FIM element whose content changed while its (id, version) stayed the same, since FIM
 * identifies an element by exactly that pair. Findings carry stable codes (`VERSIONING_CODES`).
 */

import { type Catalogue, formatMessage } from '../../issues/catalogue.js';
import type { Change } from './change.js';
import type { ChangeKind } from './kinds.js';

/** The stable codes of versioning findings. */
export const VERSIONING_CODES = {
  VERSION_UNCHANGED: {
    severity: 'error',
    de: 'Die Version {version} ist unverändert, obwohl sich {count|Änderung|Änderungen} finden; nötig ist mindestens ein {required}-Schritt.',
    en: 'The version {version} is unchanged although there {count|is one change|are changes}; at least a {required} step is needed.',
  },
  VERSION_LOWERED: {
    severity: 'error',
    de: 'Die neue Version {to} ist kleiner als die alte {from}.',
    en: 'The new version {to} is lower than the old one {from}.',
  },
  VERSION_STEP_TOO_SMALL: {
    severity: 'error',
    de: 'Von {from} auf {to} ist ein {step}-Schritt; die Änderungen verlangen einen {required}-Schritt ({reason}).',
    en: 'From {from} to {to} is a {step} step; the changes need a {required} step ({reason}).',
  },
  VERSION_UNREADABLE: {
    severity: 'warning',
    de: 'Die Version „{version}“ hat nicht die Form x.y oder x.y.z; der Versionsschritt ist nicht prüfbar.',
    en: 'The version "{version}" is not of the form x.y or x.y.z; the version step cannot be checked.',
  },
  VERSION_OTHER_SCHEMA: {
    severity: 'warning',
    de: 'Die Definitionen haben verschiedene FIM-Ids ({from}, {to}): es sind nicht zwei Versionen desselben Schemas.',
    en: 'The definitions have different FIM ids ({from}, {to}): they are not two versions of one schema.',
  },
  ELEMENT_VERSION_UNCHANGED: {
    severity: 'warning',
    de: 'Das Element {id} Version {version} ({path}) hat sich geändert ({kinds}), seine Version nicht; FIM kennzeichnet ein Element durch Id und Version.',
    en: 'Element {id} version {version} ({path}) changed ({kinds}) but kept its version; FIM identifies an element by id and version.',
  },
} as const satisfies Catalogue;

/** A versioning finding code. */
export type VersioningCode = keyof typeof VERSIONING_CODES;

/** The size of a version step, or the step the changes need. */
export type VersionStep = 'major' | 'minor' | 'patch' | 'none';

/** One finding of the versioning check. */
export interface VersioningFinding {
  readonly code: VersioningCode;
  readonly severity: 'error' | 'warning';
  readonly message: { readonly de: string; readonly en: string };
  readonly params: Readonly<Record<string, string | number>>;
}

/** The result of the versioning check. */
export interface VersioningCheck {
  readonly from: string;
  readonly to: string;
  /** The step taken; `lower` when the new version is lower, undefined when a version is unreadable. */
  readonly step?: VersionStep | 'lower';
  /** The smallest step the changes need. */
  readonly required: VersionStep;
  /** Why that step (the first change that needs it). */
  readonly reason?: string;
  readonly findings: readonly VersioningFinding[];
}

function finding(code: VersioningCode, params: Record<string, string | number>): VersioningFinding {
  const info = VERSIONING_CODES[code];
  return {
    code,
    severity: info.severity,
    message: { de: formatMessage(info.de, params), en: formatMessage(info.en, params) },
    params,
  };
}

/** `x.y` or `x.y.z` as numbers (a missing patch is 0); undefined otherwise. */
export function parseVersion(text: string): [number, number, number] | undefined {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** The step from one version to another. */
export function versionStep(from: string, to: string): VersionStep | 'lower' | undefined {
  const a = parseVersion(from);
  const b = parseVersion(to);
  if (!a || !b) return undefined;
  for (let i = 0; i < 3; i++) {
    if ((b[i] as number) > (a[i] as number)) return (['major', 'minor', 'patch'] as const)[i];
    if ((b[i] as number) < (a[i] as number)) return 'lower';
  }
  return 'none';
}

const RANK: Record<VersionStep, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The step one change needs. */
export function requiredStep(change: Change): VersionStep {
  if (change.oldToNew.class !== 'compatible') return 'major';
  if (change.newToOld.class !== 'compatible') return 'minor';
  return 'patch';
}

/** Kinds that belong to the occurrence or the place, not to the element's own content. */
const OCCURRENCE_KINDS: ReadonlySet<ChangeKind> = new Set([
  'element-moved',
  'element-reordered',
  'element-renamed',
  'element-version',
  'element-id',
  'cardinality',
]);

/** Checks the version step from `from` to `to` against the changes. */
export function checkVersioning(
  from: { readonly id: string; readonly version: string },
  to: { readonly id: string; readonly version: string },
  changes: readonly Change[],
): VersioningCheck {
  const findings: VersioningFinding[] = [];
  let required: VersionStep = 'none';
  let reason: string | undefined;
  for (const change of changes) {
    const step = requiredStep(change);
    if (RANK[step] > RANK[required]) {
      required = step;
      const path = change.to?.path ?? change.from?.path ?? '';
      const why = step === 'major' ? change.oldToNew.reason : change.newToOld.reason;
      reason = `${change.kind}${change.facet ? ` ${change.facet}` : ''} at ${path || '(form)'}: ${why}`;
    }
  }
  if (from.id !== to.id) findings.push(finding('VERSION_OTHER_SCHEMA', { from: from.id, to: to.id }));
  const step = versionStep(from.version, to.version);
  if (step === undefined) {
    for (const version of [from.version, to.version])
      if (!parseVersion(version)) findings.push(finding('VERSION_UNREADABLE', { version }));
  } else if (step === 'lower') {
    findings.push(finding('VERSION_LOWERED', { from: from.version, to: to.version }));
  } else if (step === 'none' && changes.length > 0) {
    findings.push(
      finding('VERSION_UNCHANGED', {
        version: to.version,
        count: changes.length,
        required: required === 'none' ? 'patch' : required,
      }),
    );
  } else if (RANK[step] < RANK[required]) {
    findings.push(
      finding('VERSION_STEP_TOO_SMALL', {
        from: from.version,
        to: to.version,
        step,
        required,
        reason: reason ?? '',
      }),
    );
  }
  // An element whose own content changed under the same (id, version).
  const byElement = new Map<string, { path: string; id: string; version: string; kinds: Set<string> }>();
  for (const change of changes) {
    if (!change.from || !change.to || OCCURRENCE_KINDS.has(change.kind)) continue;
    if (change.from.path === '' || change.to.path === '') continue;
    if (change.from.id !== change.to.id || change.from.version !== change.to.version) continue;
    const key = `${change.to.id}@${change.to.version}`;
    const entry = byElement.get(key) ?? { ...change.to, kinds: new Set<string>() };
    entry.kinds.add(change.kind);
    byElement.set(key, entry);
  }
  for (const entry of byElement.values())
    findings.push(
      finding('ELEMENT_VERSION_UNCHANGED', {
        id: entry.id,
        version: entry.version,
        path: entry.path,
        kinds: [...entry.kinds].join(', '),
      }),
    );
  return {
    from: from.version,
    to: to.version,
    ...(step === undefined ? {} : { step }),
    required,
    ...(reason === undefined ? {} : { reason }),
    findings,
  };
}
