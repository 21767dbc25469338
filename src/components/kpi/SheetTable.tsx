// The sheet at a glance, grouped by term: the printed A4 sheet, and the example shown before the
// visitor has built a sheet (also what readers without JavaScript see).
import type { TableRow } from './sheet-table';
import { HORIZON_ORDER, NUMERIC_COLUMNS, column } from './sheet-table';
import type { Text } from './text';

// The columns of the full table that fit a page.
const COLUMNS = (
  ['csv.kpi', 'csv.baseline', 'csv.target', 'csv.change', 'csv.deadline', 'csv.owner', 'csv.dataSource', 'csv.goal', 'csv.cadence', 'csv.smart', 'csv.attainable'] as const
).map(column);
const NUMERIC = new Set(NUMERIC_COLUMNS);
const SMART = column('csv.smart');

interface Props {
  text: Text;
  header: readonly string[];
  rows: readonly TableRow[];
  caption: string;
  className?: string;
}

export function SheetTable({ text, header, rows, caption, className }: Props) {
  return (
    <div class={`table-wrap kpi-table ${className ?? ''}`}>
      <table>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" class={NUMERIC.has(c) ? 'num' : undefined}>
                {header[c]}
              </th>
            ))}
          </tr>
        </thead>
        {HORIZON_ORDER.map((group) => {
          const inGroup = rows.filter((r) => r.group === group);
          if (inGroup.length === 0) return null;
          return (
            <tbody key={group} data-group={group}>
              <tr class="kpi-group-row">
                <th scope="rowgroup" colSpan={COLUMNS.length}>
                  {text.t(`sheet.group.${group}`)}
                </th>
              </tr>
              {inGroup.map((r) => (
                <tr key={r.uid}>
                  {COLUMNS.map((c, i) =>
                    i === 0 ? (
                      <th key={c} scope="row">
                        {r.cells[c]}
                      </th>
                    ) : (
                      <td key={c} class={NUMERIC.has(c) ? 'num' : c === SMART ? 'kpi-smart-code' : undefined}>
                        {r.cells[c]}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
