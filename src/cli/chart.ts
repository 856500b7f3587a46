/**
 * A column chart for terminals: one column per time bucket, one row per level. Each cell
 * shows whether that level is staffed and needed (█), needed but short (░, the warning),
 * or staffed beyond need (▒). Readable without colour.
 */

export const CHART_MARKS = { covered: '█', short: '░', surplus: '▒' } as const;

/**
 * Draws required vs scheduled as columns with a y-axis.
 *
 * @param height rows of the chart
 * @returns lines of text, top row first
 * @example coverageChart([2, 4], [2, 3], 4) // bottom row '█ █', top row '  ░' (plus the axis)
 */
export function coverageChart(
  required: readonly number[],
  scheduled: readonly number[],
  height = 10,
  labels: readonly (string | undefined)[] = [],
): string[] {
  const top = Math.max(1, ...required, ...scheduled);
  const rows = Math.min(height, top);
  const labelWidth = String(top).length;
  const lines: string[] = [];
  for (let row = rows - 1; row >= 0; row--) {
    const threshold = ((row + 0.5) * top) / rows;
    let line = '';
    for (let i = 0; i < required.length; i++) {
      const need = (required[i] ?? 0) > threshold;
      const have = (scheduled[i] ?? 0) > threshold;
      line += need && have ? CHART_MARKS.covered : need ? CHART_MARKS.short : have ? CHART_MARKS.surplus : ' ';
    }
    const label = row === rows - 1 ? String(top) : row === 0 ? '0' : '';
    lines.push(`${label.padStart(labelWidth)} ┤${line.trimEnd()}`);
  }
  lines.push(`${' '.repeat(labelWidth)} └${'─'.repeat(required.length)}`);
  const axis = timeAxis(labels, required.length);
  if (axis.trim() !== '') lines.push(`${' '.repeat(labelWidth + 2)}${axis}`);
  return lines;
}

/**
 * A line of labels under the chart's columns: each label starts under its column, where it
 * fits (a label that would touch the one before is left out).
 *
 * @example timeAxis(['11-10', undefined, undefined, undefined, undefined, undefined, '11-11'], 7) // '11-10 11-11'
 */
export function timeAxis(labels: readonly (string | undefined)[], columns: number): string {
  let line = '';
  for (let i = 0; i < Math.min(columns, labels.length); i++) {
    const label = labels[i];
    if (!label) continue;
    if (line.length > i - (line.length === 0 ? 0 : 1) && line.length > 0) continue;
    if (i + label.length > columns + 2) continue;
    line = `${line.padEnd(i)}${label}`;
  }
  return line;
}
