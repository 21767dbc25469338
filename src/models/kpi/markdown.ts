// A GitHub-flavoured Markdown table, for pasting the KPI sheet into a wiki, an issue or a chat.

export type Align = 'left' | 'right';

function mdCell(value: string | number): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  // A pipe would end the cell and a line break would end the table.
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ').trim();
}

export function toMarkdownTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  align: readonly Align[] = [],
): string {
  const line = (cells: readonly (string | number)[]) =>
    `| ${header.map((_, i) => mdCell(cells[i] ?? '')).join(' | ')} |`;
  const rule = `| ${header.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}
