/**
 * What the roster and check commands put into the HTML report besides their data.
 */
import type { Command } from 'commander';
import { t, type Lang } from '../i18n.js';
import type { ReportData } from '../report/html.js';

/** The report's fixed words in the user's language. */
export function reportLabels(lang: Lang): ReportData['labels'] {
  const keys = [
    'demand',
    'gantt',
    'summary',
    'settings',
    'violations',
    'required',
    'scheduled',
    'short',
    'serviceLevel',
    'outside',
  ] as const;
  return Object.fromEntries(keys.map((key) => [key, t(lang, `report.${key}`)])) as ReportData['labels'];
}

/**
 * The settings a run used, for the report: every option given on the command line or in the
 * config file, and the defaults of the rules that always apply (`always`, option keys).
 */
export function settingsUsed(command: Command, always: readonly string[]): [string, string][] {
  const skip = new Set(['lang', 'debug', 'input', 'report', 'format']);
  return command.options.flatMap((option): [string, string][] => {
    const key = option.attributeName();
    const value = command.getOptionValue(key) as unknown;
    const source = command.getOptionValueSource(key);
    const given = source === 'cli' || source === 'config';
    if (skip.has(key) || value === undefined || value === false || !(given || always.includes(key))) return [];
    return [[option.long ?? key, String(value)]];
  });
}
