/**
 * How bad a finding is. Shared by every layer that reports: validation, XML, FIM import,
 * definition lint and rule checks. Only `error` makes a report invalid.
 */

/** The severities, worst first. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** Severity of an issue or finding; only errors make a Report invalid. */
export type Severity = (typeof SEVERITIES)[number];
