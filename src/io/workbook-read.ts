/**
 * Input files that are not text: `.xlsx` workbooks are read (one sheet, as rows of cell text,
 * with the sheet's row numbers as line numbers); every other binary file (Excel 97–2003 `.xls`,
 * WPS `.et`, Apple `.numbers`, a PDF…) is refused with one line saying what it is and how to
 * save it. exceljs is loaded only when a workbook is read.
 */
import { CsPlanError } from '../errors.js';
import { formatDateTime } from '../core/time/clock.js';

/** What the first bytes of a file say it is. */
export type FileKind = 'text' | 'xlsx' | 'xls' | 'numbers' | 'zip' | 'pdf' | 'binary';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * Tells a text file from a workbook or another binary file by its first bytes.
 *
 * @example fileKind(Buffer.from('date,sales\n')) // 'text'
 */
export function fileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A zip: an .xlsx names its workbook part; Numbers files hold an Index folder.
    const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.includes('Index/Document.iwa') || names.includes('.iwa')) return 'numbers';
    return 'zip';
  }
  // OLE2 compound files: Excel 97–2003 .xls, WPS .et.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  // UTF-16 text has NUL bytes but starts with its byte-order mark.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? 'binary' : 'text';
}

/**
 * The error for a binary file cs-plan cannot read, saying what it is and how to save it.
 */
export function unreadableKind(kind: Exclude<FileKind, 'text' | 'xlsx'>, file: string): CsPlanError {
  return new CsPlanError(`file.${kind}`, {}, { location: { file } });
}

/** One row of a sheet: the cells as text and the sheet's row number. */
export interface SheetRecord {
  record: string[];
  info: { lines: number };
}

/**
 * A cell value as the text a person sees: dates as `YYYY-MM-DD HH:mm` (a date alone when it is
 * midnight, a clock time alone for a time-only cell), numbers as numbers, formulas by their result.
 *
 * @example cellText(new Date(Date.UTC(2026, 10, 10, 20))) // '2026-11-10 20:00'
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // exceljs gives the wall-clock time as UTC; round away float noise to the minute.
    const minutes = Math.round(value.getTime() / 60_000);
    const text = formatDateTime(minutes);
    if (value.getUTCFullYear() < 1901) return text.slice(11); // a time-of-day cell (Excel's day 0)
    return text.endsWith(' 00:00') ? text.slice(0, 10) : text;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e9) / 1e9);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      result?: unknown;
      error?: string;
      formula?: string;
    };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if ('result' in v || 'formula' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error !== undefined) return v.error;
  }
  return String(value);
}

/**
 * Reads one sheet of an `.xlsx` workbook as rows of cell text: the sheet named `sheet`, else
 * the first. Merged cells hold their text in the first cell only, as a CSV export has it.
 *
 * @throws CsPlanError when the workbook cannot be opened or has no such sheet
 */
export async function readSheet(bytes: Uint8Array, file: string, sheet?: string): Promise<SheetRecord[]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new CsPlanError(
      'file.badXlsx',
      { reason: error instanceof Error ? error.message : String(error) },
      { location: { file } },
    );
  }
  const sheets = workbook.worksheets;
  const worksheet =
    sheet === undefined
      ? sheets[0]
      : (sheets.find((s) => s.name === sheet) ??
        sheets.find((s) => s.name.trim().toLowerCase() === sheet.trim().toLowerCase()));
  if (!worksheet) {
    throw new CsPlanError(
      sheet === undefined ? 'file.noSheets' : 'file.noSheet',
      { sheet: sheet ?? '', sheets: sheets.map((s) => s.name).join(', ') },
      {
        location: { file, ...(sheet !== undefined ? { option: '--sheet', value: sheet } : {}) },
      },
    );
  }
  const records: SheetRecord[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const record: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const slave = cell.isMerged && cell.master.address !== cell.address;
      record[column - 1] = slave ? '' : cellText(cell.value).trim();
    });
    for (let i = 0; i < record.length; i++) record[i] ??= '';
    records.push({ record, info: { lines: rowNumber } });
  });
  return records;
}
