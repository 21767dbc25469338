// Small helpers shared by the bench modules.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TOOLS as TOOL_LIST } from '../../src/tool-list.ts';

export const kb = (n) => (n / 1024).toFixed(1);

/** Bytes and file count of a folder, recursively. */
export function dirSize(dir) {
  let total = 0;
  let files = 0;
  if (!existsSync(dir)) return { total, files };
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const s = statSync(full);
    if (s.isDirectory()) {
      const sub = dirSize(full);
      total += sub.total;
      files += sub.files;
    } else {
      total += s.size;
      files += 1;
    }
  }
  return { total, files };
}

/** The value at quantile q (0..1) of the numbers, by linear interpolation; null for none. */
export function quantile(values, q) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
export const median = (values) => quantile(values, 0.5);

/** The page types every report uses, as path patterns ({l} = locale). */
export const LOCALES = ['zh-cn', 'en'];
/** The four tools (the plan is a page type of its own), from the site's one list. */
export const TOOLS = TOOL_LIST.filter((t) => t.id !== 'plan').map((t) => t.id);
export const GUIDE_SLUG = 'implementation-timeline';

/** Left-pads or right-pads cells into a plain console table. */
export function consoleTable(header, rows, leftColumns = 1) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => (i < leftColumns ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function fmtMs(ms) {
  if (ms == null) return '–';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
