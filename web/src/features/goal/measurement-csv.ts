/** At most this many points in one upload: the push API's batch (the contract's Outcomes section). */
export const MAX_CSV_POINTS = 10_000;

export interface CsvPoint {
  /** ISO 8601 instant, e.g. "2027-03-01T00:00:00Z" (a bare date is 00:00 UTC). */
  at: string;
  value: number;
}

export interface CsvProblem {
  /** 1-based line of the file. */
  line: number;
  field: 'at' | 'value' | 'header' | 'file';
  message: string;
}

export type CsvParse = { points: CsvPoint[]; problems: [] } | { points: []; problems: CsvProblem[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// A date-time with its zone: 2027-03-01T09:30Z, 2027-03-01T09:30:00.5+01:00, a space for the T.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** At most this many problems are listed: the first ones show what is wrong with the file. */
const MAX_PROBLEMS = 20;

/** The cells of one CSV line (commas, double quotes with "" inside, as RFC 4180 writes them). */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

function instantOf(text: string): string | null {
  if (DATE.test(text)) text = `${text}T00:00:00Z`;
  else if (!DATE_TIME.test(text)) return null;
  const time = Date.parse(text.replace(' ', 'T'));
  if (!Number.isFinite(time)) return null;
  // A day that does not exist (2027-02-30) parses as another one in some engines: refuse it.
  const day = text.slice(0, 10);
  if (DATE.test(day) && /(Z|T00:00:00Z)$/i.test(text) && new Date(time).toISOString().slice(0, 10) !== day) return null;
  return new Date(time).toISOString();
}

/**
 * Reads a CSV of measurements with the columns `at` and `value` (a header line first, in any
 * order, other columns ignored). All or nothing: any bad line and there are no points, only the
 * problems, each naming its line and field.
 */
export function parseMeasurementCsv(text: string): CsvParse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  const fail = (problems: CsvProblem[]): CsvParse => ({ points: [], problems: problems.slice(0, MAX_PROBLEMS) });
  if (headerIndex < 0)
    return fail([
      { line: 1, field: 'file', message: 'The file is empty: expected a header line "at,value" and one line per measurement.' },
    ]);
  const header = splitCsvLine(lines[headerIndex]).map((name) => name.toLowerCase());
  const [atColumn, valueColumn] = [header.indexOf('at'), header.indexOf('value')];
  if (atColumn < 0 || valueColumn < 0) {
    const missing = [atColumn < 0 ? '"at"' : null, valueColumn < 0 ? '"value"' : null].filter(Boolean).join(' and ');
    return fail([{ line: headerIndex + 1, field: 'header', message: `The header line has no ${missing} column: expected "at,value".` }]);
  }
  const points: CsvPoint[] = [];
  const problems: CsvProblem[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const line = i + 1;
    const cells = splitCsvLine(lines[i]);
    const at = instantOf(cells[atColumn] ?? '');
    const valueText = cells[valueColumn] ?? '';
    if (!at) {
      problems.push({
        line,
        field: 'at',
        message: `Line ${line}, at: "${cells[atColumn] ?? ''}" is not a date (2027-03-01) or a date-time with its zone (2027-03-01T09:30:00Z).`,
      });
    }
    if (!NUMBER.test(valueText))
      problems.push({ line, field: 'value', message: `Line ${line}, value: "${valueText}" is not a number (e.g. 812.5).` });
    else if (at) points.push({ at, value: Number(valueText) });
  }
  if (problems.length) return fail(problems);
  if (!points.length) return fail([{ line: headerIndex + 1, field: 'file', message: 'The file has a header but no measurements.' }]);
  if (points.length > MAX_CSV_POINTS) {
    return fail([
      {
        line: headerIndex + 2 + MAX_CSV_POINTS,
        field: 'file',
        message: `At most ${MAX_CSV_POINTS.toLocaleString('en-US')} measurements in one file, this one has ${points.length.toLocaleString('en-US')}: split it.`,
      },
    ]);
  }
  return { points, problems: [] };
}
