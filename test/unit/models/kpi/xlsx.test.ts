// The KPI workbook, written as the browser would (write-excel-file) and read back with exceljs.
import { describe, expect, it } from 'vitest';
import { islandStrings } from '@/i18n/tools/kpi';
import { LOCALES } from '@/i18n/locales';
import { evaluateSheet, exampleSheet, newRow } from '@/models/kpi';
import { KPI_COLUMNS, kpiXlsxSheet, milestoneMonths } from '@/models/kpi/xlsx';
import { columnName } from '@/lib/xlsx-sheet';
import { tableHeader, tableRows } from '@/components/kpi/sheet-table';
import { makeText } from '@/components/kpi/text';
import { writeBook, readXlsx } from '../../../support/xlsx';

const TODAY = '2026-03-01';

describe.each(LOCALES)('KPI workbook (%s)', (locale) => {
  const s = islandStrings(locale);
  const text = makeText(locale, s);
  const sheet = exampleSheet(TODAY, (k) => s[k]);
  sheet.rows.push({ ...newRow('bad', 'cost-per-lead', TODAY), baseline: '100', target: 'abc' });
  const results = evaluateSheet(sheet, TODAY);
  const header = tableHeader(text);
  const rows = tableRows(text, sheet, results);
  const model = kpiXlsxSheet(rows, results, { sheet: s['export.sheetName'], header });

  it('writes a row per KPI with typed baseline, target, change and deadline', async () => {
    const book = await readXlsx(await writeBook([model]));
    const ws = [...book.values()][0]!;
    header.forEach((h, i) => expect(ws.get(`${columnName(i)}1`)?.value).toBe(h));
    rows.forEach((row, r) => {
      const at = (col: number) => ws.get(`${columnName(col)}${r + 2}`)?.value ?? null;
      expect(at(0)).toBe(row.cells[0]);
      const result = results.find((x) => x.uid === row.uid)!;
      if (result.ok) {
        expect(at(KPI_COLUMNS.baseline)).toBe(result.input.baseline);
        expect(at(KPI_COLUMNS.target)).toBe(result.input.target);
        expect(typeof at(KPI_COLUMNS.change)).toBe('number');
        const deadline = at(KPI_COLUMNS.deadline);
        expect(deadline).toBeInstanceOf(Date);
        expect((deadline as Date).toISOString().slice(0, 10)).toBe(row.cells[KPI_COLUMNS.deadline]);
      } else {
        // A row still being filled in keeps what the visitor typed, as the page shows it.
        expect(at(KPI_COLUMNS.target)).toBe('abc');
      }
    });
  });

  it('has one column per month with each KPI’s milestone, the deadline month holding the target', async () => {
    const book = await readXlsx(await writeBook([model]));
    const ws = [...book.values()][0]!;
    const months = milestoneMonths(results);
    expect(months.length).toBeGreaterThan(3);
    months.forEach((m, k) => {
      const head = ws.get(`${columnName(header.length + k)}1`)!;
      expect(head.value).toBeInstanceOf(Date);
      expect((head.value as Date).toISOString().slice(0, 7)).toBe(m);
    });
    rows.forEach((row, r) => {
      const result = results.find((x) => x.uid === row.uid)!;
      if (!result.ok) return;
      for (const ms of result.evaluation.milestones) {
        const col = header.length + months.indexOf(ms.date.slice(0, 7));
        expect(ws.get(`${columnName(col)}${r + 2}`)?.value).toBe(ms.value);
      }
      const last = result.evaluation.milestones.at(-1)!;
      expect(last.value).toBe(result.input.target);
    });
  });
});
