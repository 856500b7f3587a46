/**
 * The one error type cs-plan raises on purpose. It carries a message key (rendered in the
 * user's language at the edge), the parameters for that message, where in the input the
 * problem sits, and the process exit code. The core throws it; only the entry point prints it.
 */

/** Exit codes, documented in the README and `--help`. */
export const ExitCode = {
  ok: 0,
  /** Violations found (check) or a partial result (solver time limit hit). */
  partial: 1,
  /** Bad input or usage. */
  badInput: 2,
  /** Settings that contradict each other or a roster that cannot exist. */
  infeasible: 3,
  /** A bug in cs-plan. */
  internal: 70,
  /** Interrupted with Ctrl-C. */
  interrupted: 130,
  /** Stopped with SIGTERM. */
  terminated: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The settings the core names in its errors, in domain terms: the core knows no command line.
 * Where the error is printed, each is shown as its flag (`setting.*` messages in i18n.ts).
 */
export const SETTINGS = [
  'minShift',
  'maxShift',
  'minRest',
  'slot',
  'forbid',
  'staff',
  'afterSalesDays',
  'afterSalesCurve',
  'concurrency',
  'balanceHours',
  'mealBreak',
] as const;
export type Setting = (typeof SETTINGS)[number];

/** Where a bad value was found: a file cell, a command-line flag or config key, or a setting of the core. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: string;
  option?: string;
  /** A setting the core names; printed as its flag. */
  setting?: Setting;
  value?: string;
}

import type { MessageKey } from './i18n.js';

/**
 * A message inside another (the reason in "--a conflicts with --b: {why}"), translated with it
 * where it is printed: an error carries keys, not English.
 */
export interface NestedMessage {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type MessageParams = Record<string, string | number | NestedMessage>;

export class CsPlanError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly exitCode: ExitCode;
  location: ErrorLocation;
  /** Further errors of the same run (e.g. more bad cells in one file), printed after this one. */
  readonly more: CsPlanError[];

  constructor(
    key: MessageKey,
    params: MessageParams = {},
    options: { exitCode?: ExitCode; location?: ErrorLocation; more?: CsPlanError[] } = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'CsPlanError';
    this.key = key;
    this.params = params;
    // A cs-plan bug exits 70 wherever it is raised: scripts and CI must not take it for bad input.
    this.exitCode = options.exitCode ?? (key === 'internal' ? ExitCode.internal : ExitCode.badInput);
    this.location = options.location ?? {};
    this.more = options.more ?? [];
  }

  /** Returns this error with location fields added where it has none yet. */
  at(location: ErrorLocation): this {
    this.location = { ...location, ...this.location };
    return this;
  }
}

/** Throws the first of `errors` carrying the rest, so one run reports them all. */
export function throwAll(errors: CsPlanError[], limit = 20): void {
  const [first, ...rest] = errors;
  if (!first) return;
  throw new CsPlanError(first.key, first.params, {
    exitCode: first.exitCode,
    location: first.location,
    more: rest.slice(0, limit - 1),
  });
}

/** Something the user should know that does not stop the run (e.g. a totals row skipped). */
export interface CsPlanNotice {
  key: MessageKey;
  params: MessageParams;
  location: ErrorLocation;
}
