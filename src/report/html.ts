/**
 * The visual report: one self-contained HTML file (inline CSS and SVG, no script, no network)
 * with demand vs scheduled agents per slot, a Gantt view of every person's shifts, the summary
 * and the settings. It prints to PDF as it shows on screen.
 */
import { formatDateTime, MINUTES_PER_DAY, mondayOf } from '../core/time/clock.js';
import { DAY_OFF, GRID_COLOURS, patternColour, type RosterGrid } from '../core/rostering/grid.js';
import { neutraliseFormula } from '../io/output.js';
import { displayWidth } from '../io/values.js';

export interface ReportSlot {
  /** Epoch minutes. */
  start: number;
  required: number;
  scheduled: number;
  /** Demand taken by an outside team or the bot in the slot, in agents (with --minimise cost). */
  outside?: number;
  /** Predicted service level with the scheduled agents (queueing model only). */
  serviceLevel?: number;
}

export interface ReportShift {
  person: string;
  /** Epoch minutes. */
  start: number;
  end: number;
  /** Why this shift breaks a rule, when it does. */
  violation?: string;
  /** A meal break inside the shift, epoch minutes (drawn lighter: not on duty). */
  mealBreak?: { start: number; end: number };
}

/** The 排班表 grid as the report shows it: a table per week, colours per pattern, 休 greyed. */
export interface ReportGrid {
  grid: RosterGrid;
  /** The header text of each date (`12-07 周一`). */
  dateHeaders: string[];
  labels: { title: string; agent: string; shifts: string; hours: string; total: string };
}

export interface ReportData {
  lang: 'en' | 'zh';
  title: string;
  /** Epoch minutes of the window shown. */
  window: { start: number; end: number };
  slotMinutes: number;
  summary: [string, string][];
  settings: [string, string][];
  slots: ReportSlot[];
  /** Service-level target, 0–1, drawn when slots carry a service level. */
  serviceTarget?: number;
  shifts: ReportShift[];
  /** The roster as the grid the team reads. */
  grid?: ReportGrid;
  /** Rows of the violations table (check only). */
  violations?: [string, string, string, string][];
  labels: {
    demand: string;
    gantt: string;
    summary: string;
    settings: string;
    violations: string;
    required: string;
    scheduled: string;
    short: string;
    serviceLevel: string;
    outside: string;
  };
}

/**
 * Escapes text for HTML.
 *
 * @example escapeHtml('<b>') // '&lt;b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * Escapes text that came from the user's files (names) and neutralises spreadsheet formulas,
 * so a name copied from the report into a spreadsheet cannot run.
 *
 * @example userText('=HYPERLINK("x")') // '&#39;=HYPERLINK(&quot;x&quot;)'
 */
export function userText(text: string): string {
  return escapeHtml(neutraliseFormula(text));
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const WIDTH = 1000;
const LEFT = 110;
const PLOT = WIDTH - LEFT - 20;

/** Least room between two labels of the time axis, in viewBox units, so they never overlap. */
const LABEL_ROOM = 40;
const AXIS_STEPS = [60, 120, 180, 360, 720, MINUTES_PER_DAY, 2 * MINUTES_PER_DAY, 7 * MINUTES_PER_DAY];

function timeAxis(window: { start: number; end: number }, top: number, height: number): string {
  const span = window.end - window.start;
  const x = (at: number) => LEFT + ((at - window.start) / span) * PLOT;
  const step = AXIS_STEPS.find((minutes) => (minutes / span) * PLOT >= LABEL_ROOM) ?? 7 * MINUTES_PER_DAY;
  const parts: string[] = [];
  for (let at = Math.ceil(window.start / step) * step; at <= window.end; at += step) {
    const midnight = at % MINUTES_PER_DAY === 0;
    parts.push(
      `<line x1="${x(at).toFixed(1)}" y1="${top}" x2="${x(at).toFixed(1)}" y2="${top + height}" class="${midnight ? 'day' : 'grid'}"/>`,
    );
    const label = midnight ? formatDateTime(at).slice(5, 10) : formatDateTime(at).slice(11);
    parts.push(`<text x="${x(at).toFixed(1)}" y="${top + height + 12}" class="tick">${label}</text>`);
  }
  // Day lines between labelled steps, so every midnight shows.
  if (step < MINUTES_PER_DAY) return parts.join('');
  for (let at = Math.ceil(window.start / MINUTES_PER_DAY) * MINUTES_PER_DAY; at <= window.end; at += MINUTES_PER_DAY) {
    if (at % step !== 0)
      parts.push(
        `<line x1="${x(at).toFixed(1)}" y1="${top}" x2="${x(at).toFixed(1)}" y2="${top + height}" class="day"/>`,
      );
  }
  return parts.join('');
}

function demandChart(data: ReportData): string {
  const height = 220;
  const top = 10;
  const span = data.window.end - data.window.start;
  const x = (at: number) => LEFT + ((at - data.window.start) / span) * PLOT;
  const peak = Math.max(1, ...data.slots.map((s) => Math.max(s.required, s.scheduled + (s.outside ?? 0))));
  const y = (agents: number) => top + height - (agents / peak) * height;
  const barWidth = Math.max(0.5, (data.slotMinutes / span) * PLOT);
  const bars = data.slots
    .map((s) => {
      const left = x(s.start).toFixed(2);
      // Demand an outside team or the bot takes is covered too: drawn on top of the agents, in its own colour.
      const outside = s.outside ?? 0;
      const covered = Math.min(s.required, s.scheduled + outside);
      const title = `${formatDateTime(s.start)}: ${data.labels.required} ${s.required}, ${data.labels.scheduled} ${s.scheduled}${outside > 0 ? `, ${data.labels.outside} ${Math.round(outside * 100) / 100}` : ''}`;
      return (
        `<g class="slot"><title>${escapeHtml(title)}</title>` +
        `<rect class="scheduled" x="${left}" y="${y(s.scheduled).toFixed(2)}" width="${barWidth.toFixed(2)}" height="${(y(0) - y(s.scheduled)).toFixed(2)}"/>` +
        (outside > 0
          ? `<rect class="outside" x="${left}" y="${y(s.scheduled + outside).toFixed(2)}" width="${barWidth.toFixed(2)}" height="${(y(s.scheduled) - y(s.scheduled + outside)).toFixed(2)}"/>`
          : '') +
        (s.required > covered
          ? `<rect class="short" x="${left}" y="${y(s.required).toFixed(2)}" width="${barWidth.toFixed(2)}" height="${(y(covered) - y(s.required)).toFixed(2)}"/>`
          : '') +
        `<line class="required" x1="${left}" x2="${(x(s.start) + barWidth).toFixed(2)}" y1="${y(s.required).toFixed(2)}" y2="${y(s.required).toFixed(2)}"/></g>`
      );
    })
    .join('');
  const withService = data.slots.some((s) => s.serviceLevel !== undefined);
  const service = withService
    ? `<polyline class="service" points="${data.slots.map((s) => `${(x(s.start) + barWidth / 2).toFixed(1)},${(top + height - (s.serviceLevel ?? 0) * height).toFixed(1)}`).join(' ')}"/>` +
      (data.serviceTarget !== undefined
        ? `<line class="target" x1="${LEFT}" x2="${LEFT + PLOT}" y1="${top + height - data.serviceTarget * height}" y2="${top + height - data.serviceTarget * height}"/>` +
          `<text class="tick" x="${LEFT + PLOT + 10}" y="${top + height - data.serviceTarget * height + 4}">${Math.round(data.serviceTarget * 100)}%</text>`
        : '') +
      `<text class="tick" x="${LEFT + PLOT + 10}" y="${top + 4}">100%</text>`
    : '';
  const yTicks = [0, Math.round(peak / 2), peak]
    .map((v) => `<text x="${LEFT - 6}" y="${y(v) + 4}" class="ytick">${v}</text>`)
    .join('');
  const legend =
    `<g class="legend"><rect class="scheduled" x="${LEFT}" y="${top + height + 22}" width="10" height="10"/><text x="${LEFT + 14}" y="${top + height + 31}">${escapeHtml(data.labels.scheduled)}</text>` +
    `<line class="required" x1="${LEFT + 120}" x2="${LEFT + 134}" y1="${top + height + 27}" y2="${top + height + 27}"/><text x="${LEFT + 138}" y="${top + height + 31}">${escapeHtml(data.labels.required)}</text>` +
    `<rect class="short" x="${LEFT + 240}" y="${top + height + 22}" width="10" height="10"/><text x="${LEFT + 254}" y="${top + height + 31}">${escapeHtml(data.labels.short)}</text>` +
    (data.slots.some((s) => (s.outside ?? 0) > 0)
      ? `<rect class="outside" x="${LEFT + 480}" y="${top + height + 22}" width="10" height="10"/><text x="${LEFT + 494}" y="${top + height + 31}">${escapeHtml(data.labels.outside)}</text>`
      : '') +
    (withService
      ? `<polyline class="service" points="${LEFT + 340},${top + height + 27} ${LEFT + 354},${top + height + 27}"/><text x="${LEFT + 358}" y="${top + height + 31}">${escapeHtml(data.labels.serviceLevel)}</text>`
      : '') +
    '</g>';
  return (
    `<svg id="demand-chart" viewBox="0 0 ${WIDTH} ${height + 50}" role="img" aria-label="${escapeHtml(data.labels.demand)}">` +
    `${timeAxis(data.window, top, height)}${bars}${service}${yTicks}${legend}</svg>`
  );
}

/** Characters of text that fit in a bar `width` wide at the bar font (viewBox units). */
const fits = (text: string, width: number) => displayWidth(text) * 4.6 + 4 <= width;

/** People per Gantt chart: a printed A4 landscape page holds this many rows. */
const GANTT_ROWS = 32;

/** The Gantt of `window`: one chart per {@link GANTT_ROWS} people, each a printed page. */
function ganttCharts(data: ReportData, window: { start: number; end: number }): string[] {
  const people = [...new Set(data.shifts.map((s) => s.person))];
  const charts: string[] = [];
  for (let i = 0; i < Math.max(1, people.length); i += GANTT_ROWS)
    charts.push(gantt(data, window, people.slice(i, i + GANTT_ROWS)));
  return charts;
}

function gantt(data: ReportData, window: { start: number; end: number }, people: readonly string[]): string {
  const rowHeight = 16;
  const top = 4;
  const height = Math.max(1, people.length) * rowHeight;
  const span = window.end - window.start;
  const x = (at: number) => LEFT + ((Math.min(Math.max(at, window.start), window.end) - window.start) / span) * PLOT;
  const clock = (at: number) => formatDateTime(at).slice(11);
  const rows = people
    .map((person, i) => {
      const y = top + i * rowHeight;
      const shifts = data.shifts
        .filter((s) => s.person === person && s.end > window.start && s.start < window.end)
        .map((s) => {
          const title = `${person}: ${formatDateTime(s.start)} – ${formatDateTime(s.end)}${s.violation ? ` — ${s.violation}` : ''}`;
          const meal = s.mealBreak
            ? `<rect class="meal-break" x="${x(s.mealBreak.start).toFixed(2)}" y="${y + 2}" width="${Math.max(1, x(s.mealBreak.end) - x(s.mealBreak.start)).toFixed(2)}" height="${rowHeight - 4}"><title>${userText(`${person}: ${formatDateTime(s.mealBreak.start)} – ${formatDateTime(s.mealBreak.end)}`)}</title></rect>`
            : '';
          const width = Math.max(1, x(s.end) - x(s.start));
          // The bar carries its times where they fit (before or after a meal break), else its start at its start.
          const parts = s.mealBreak
            ? ([
                [s.start, s.mealBreak.start],
                [s.mealBreak.end, s.end],
              ] as const)
            : ([[s.start, s.end]] as const);
          const whole = parts.map(([from, to]) => ({
            label: `${clock(s.start)}-${clock(s.end)}`,
            from,
            room: x(to) - x(from),
          }));
          const first = parts[0];
          const placed = [...whole, { label: clock(s.start), from: s.start, room: x(first[1]) - x(first[0]) }].find(
            ({ label, room }) => fits(label, room),
          );
          const text = placed
            ? `<text class="bar-label" x="${(x(placed.from) + 2).toFixed(2)}" y="${y + rowHeight - 5}">${placed.label}</text>`
            : '';
          return `<rect class="shift${s.violation ? ' violation' : ''}" x="${x(s.start).toFixed(2)}" y="${y + 2}" width="${width.toFixed(2)}" height="${rowHeight - 4}" rx="2"><title>${userText(title)}</title></rect>${meal}${text}`;
        })
        .join('');
      return `<g class="person"><text x="${LEFT - 6}" y="${y + rowHeight - 4}" class="name">${userText(person)}</text>${shifts}</g>`;
    })
    .join('');
  return `<svg class="gantt" viewBox="0 0 ${WIDTH} ${height + top + 20}" role="img" aria-label="${escapeHtml(data.labels.gantt)}">${timeAxis(window, top, height)}${rows}</svg>`;
}

/**
 * The window cut into weeks (Monday to Sunday; the first and last may be shorter), for
 * windows over 7 days: one week a page when printed.
 */
export function weeksOf(window: { start: number; end: number }): { start: number; end: number }[] {
  if (window.end - window.start <= 7 * MINUTES_PER_DAY) return [window];
  const weeks: { start: number; end: number }[] = [];
  let start = window.start;
  while (start < window.end) {
    const day = Math.floor(start / MINUTES_PER_DAY);
    const nextMonday = (mondayOf(day) + 7) * MINUTES_PER_DAY;
    const end = Math.min(window.end, nextMonday);
    weeks.push({ start, end });
    start = end;
  }
  return weeks;
}

/** The grid as tables, one per week, with the people on duty per date under each. */
function gridTables(report: ReportGrid, window: { start: number; end: number }): string {
  const { grid, labels } = report;
  const fill = (pattern: string | undefined) => `#${patternColour(grid, pattern)}`;
  const firstDay = Math.floor(window.start / MINUTES_PER_DAY);
  const legend =
    grid.patterns.map((p) => `<span class="swatch" style="background:${fill(p)}">${userText(p)}</span>`).join(' ') +
    ` <span class="swatch off">${DAY_OFF}</span>`;
  const tables = weeksOf(window)
    .map((week, w) => {
      const from = Math.floor(week.start / MINUTES_PER_DAY) - firstDay;
      const to = Math.ceil(week.end / MINUTES_PER_DAY) - firstDay;
      const columns = Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i).filter(
        (i) => i < grid.dates.length,
      );
      const head = `<tr><th>${escapeHtml(labels.agent)}</th>${columns.map((i) => `<th>${escapeHtml(report.dateHeaders[i] ?? '')}</th>`).join('')}<th>${escapeHtml(labels.shifts)}</th><th>${escapeHtml(labels.hours)}</th></tr>`;
      const body = grid.rows
        .map((row) => {
          const cells = columns
            .map((i) => {
              const text = row.cells[i] ?? DAY_OFF;
              if (text === DAY_OFF) return `<td class="off">${DAY_OFF}</td>`;
              return `<td style="background:${fill(row.patterns[i])}">${userText(text)}</td>`;
            })
            .join('');
          return `<tr><th class="agent">${userText(row.agent)}</th>${cells}<td class="num">${row.shifts}</td><td class="num">${row.hours}</td></tr>`;
        })
        .join('');
      const total = `<tr class="total"><th>${escapeHtml(labels.total)}</th>${columns.map((i) => `<td>${grid.totals[i]?.people ?? 0}</td>`).join('')}<td></td><td></td></tr>`;
      return `<table class="grid${w > 0 ? ' next-week' : ''}"><thead>${head}</thead><tbody>${body}${total}</tbody></table>`;
    })
    .join('');
  return `<section id="grid"><h2>${escapeHtml(labels.title)}</h2><p class="legend">${legend}</p>${tables}</section>`;
}

function table(rows: readonly (readonly string[])[], { fromUser = false }: { fromUser?: boolean } = {}): string {
  const text = fromUser ? userText : escapeHtml;
  const cells = (row: readonly string[], tag: string) => row.map((c) => `<${tag}>${text(c)}</${tag}>`).join('');
  return `<table><tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`;
}

const STYLE = `
body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:24px;color:#222}
h1{font-size:20px}h2{font-size:16px;margin-top:28px}
table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}
svg{width:100%;height:auto;display:block}
.grid{stroke:#eee}.day{stroke:#bbb}.tick,.ytick{font-size:10px;fill:#666}.tick{text-anchor:middle}.ytick{text-anchor:end}
.scheduled{fill:#4a78c2}.outside{fill:#9bbf6b}.short{fill:#d9363e}.required{stroke:#111;stroke-width:1.5}
.service{fill:none;stroke:#2a9d52;stroke-width:1.5}.target{stroke:#2a9d52;stroke-dasharray:4 3}
.legend text{font-size:11px}.name{font-size:10px;text-anchor:end}
.shift{fill:#4a78c2}.shift.violation{fill:#d9363e}.meal-break{fill:#c9d7ee}
.columns{display:flex;gap:32px;flex-wrap:wrap}
.bar-label{font-size:8px;fill:#fff;pointer-events:none}
table.grid{margin:8px 0 16px;font-size:12px}table.grid td,table.grid th{text-align:center;white-space:nowrap;padding:2px 6px}
table.grid th.agent{text-align:left;font-weight:normal}table.grid td.off{background:#${GRID_COLOURS.off};color:#888}table.grid td.num{text-align:right}
table.grid tr.total th,table.grid tr.total td{font-weight:bold;border-top:2px solid #888}
.legend .swatch{display:inline-block;padding:1px 8px;border:1px solid #ccc;margin-right:4px}.legend .swatch.off{background:#${GRID_COLOURS.off};color:#888}
@page{size:A4 landscape;margin:10mm}
@media print{body{margin:0}h2{break-after:avoid}svg,table{break-inside:avoid}#grid,#gantt,.next-week{break-before:page}table.grid{font-size:10px;break-inside:auto}table.grid tr{break-inside:avoid}table.grid td,table.grid th{padding:1px 4px}}
`;

/**
 * Renders the report as a complete HTML document.
 */
export function renderReport(data: ReportData): string {
  const violations =
    data.violations && data.violations.length > 0
      ? `<section id="violations"><h2>${escapeHtml(data.labels.violations)}</h2>${table(data.violations, { fromUser: true })}</section>`
      : '';
  return `<!doctype html>
<html lang="${data.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(data.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(data.title)}</h1>
<div class="columns"><section id="summary"><h2>${escapeHtml(data.labels.summary)}</h2>${table(data.summary)}</section>
<section id="settings"><h2>${escapeHtml(data.labels.settings)}</h2>${table(data.settings)}</section></div>
${data.slots.length > 0 ? `<h2>${escapeHtml(data.labels.demand)}</h2>${demandChart(data)}` : ''}
${violations}
${data.grid ? gridTables(data.grid, data.window) : ''}
<section id="gantt"><h2>${escapeHtml(data.labels.gantt)}</h2>${weeksOf(data.window)
    .flatMap((week) => ganttCharts(data, week))
    .map((svg, i) => (i > 0 ? svg.replace('class="gantt"', 'class="gantt next-week"') : svg))
    .join('\n')}</section>
</body></html>
`;
}
