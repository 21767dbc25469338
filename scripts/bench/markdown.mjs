// Turns .bench/report.json into .bench/report.md: the tables the README's "Quality" section pastes.
import { CATEGORIES, GOALS, goalMisses } from './lighthouse.mjs';
import { fmtMs } from './util.mjs';

const kb = (n) => (n / 1024).toFixed(1);
/** What a tool page or the plan may load before interaction, in KB gzip (script files and inline). */
const TOOL_JS_GOAL_KB = 20;
const table = (header, rows, left = 3) => [
  `| ${header.join(' | ')} |`,
  `| ${header.map((h, i) => (i < left ? '---' : '---:')).join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const day = (iso) => (iso ? iso.slice(0, 10) : '?');

export function toMarkdown(report) {
  const out = [`Measured ${day(report.date)} with Node ${report.node}${report.machine ? ` on ${report.machine}` : ''}.`];

  const w = report.weight;
  if (w) {
    out.push(`\n### Page weight before interaction (KB gzip; ${day(w.date)})\n`);
    out.push(`Build ${w.buildSeconds} s; Pagefind index ${kb(w.pagefindIndex.total)} KB in ${w.pagefindIndex.files} files.\n`);
    // Tool pages and the plan are held to TOOL_JS_GOAL_KB of script before interaction, inline included.
    const isTool = (type) => type === 'plan' || type.startsWith('tool:');
    const js = (p) => {
      const total = p.js.gzip + p.inlineJs.gzip;
      if (!isTool(p.type)) return kb(total);
      return total <= TOOL_JS_GOAL_KB * 1024 ? `${kb(total)} (goal ≤ ${TOOL_JS_GOAL_KB})` : `**${kb(total)}** (goal ≤ ${TOOL_JS_GOAL_KB})`;
    };
    out.push(table(['page', 'locale', 'HTML', 'CSS', 'JS (incl. inline)', 'total'],
      w.pages.map((p) => [p.type, p.locale, kb(p.html.gzip), kb(p.css.gzip), js(p), kb(p.total.gzip + p.inlineJs.gzip)]), 2));
    const fs = Object.entries(w.firstSearch ?? {}).map(([l, s]) => `${l} "${s.query}": ${s.requests} requests, ${kb(s.gzip)} KB gzip`);
    if (fs.length) out.push(`\nFirst search: ${fs.join('; ')}.`);
  }

  const lh = report.lighthouse;
  if (lh) {
    out.push(`\n### Lighthouse (${lh.runs === 1 ? 'one run' : `median of ${lh.runs} runs`}; ${day(lh.date)})\n`);
    out.push('Scores: performance / accessibility / best practices / SEO. Transfer = bytes over the wire from the bench\'s ' +
      'static server, which serves the pre-built `.br` files as a CDN would.\n');
    const ok = (v, goal) => (v == null ? '–' : v >= goal ? `${v}` : `**${v}**`);
    out.push(table(['page', 'locale', 'preset', 'scores', 'FCP', 'LCP', 'TBT', 'CLS', 'transfer KB'],
      lh.rows.map((r) => [r.type, r.locale, r.preset,
        CATEGORIES.map((c) => (r.preset === 'mobile' ? ok(r.scores[c], GOALS.mobileScore) : r.scores[c] ?? '–')).join(' / '),
        fmtMs(r.metrics.fcp),
        r.preset === 'mobile' && (r.metrics.lcp ?? Infinity) >= GOALS.mobileLcpMs ? `**${fmtMs(r.metrics.lcp)}**` : fmtMs(r.metrics.lcp),
        fmtMs(r.metrics.tbt), r.metrics.cls == null ? '–' : r.metrics.cls.toFixed(3),
        r.metrics.bytes == null ? '–' : kb(r.metrics.bytes)])));
    if (lh.skipped?.length) out.push(`\nNot in this build (skipped): ${lh.skipped.map((s) => s.path).join(', ')}.`);
    const missed = goalMisses(lh);
    const mobile = lh.rows.filter((r) => r.preset === 'mobile');
    const all100 = mobile.filter((r) => CATEGORIES.every((c) => r.scores[c] === 100)).length;
    const lcpOk = mobile.filter((r) => r.metrics.lcp != null && r.metrics.lcp < GOALS.mobileLcpMs).length;
    out.push(`\nGoals (mobile): 100 in all four categories — ${all100} of ${mobile.length} pages; LCP under 1.0 s — ${lcpOk} of ${mobile.length} pages` +
      `${missed.length ? ' (misses in bold)' : ''}. Lighthouse CPU benchmark index of the machine: ${lh.benchmarkIndex ?? '–'}.`);
    out.push(`Requests off 127.0.0.1 by the pages or Lighthouse: ${lh.offHostRequests?.length ? lh.offHostRequests.join(', ') : 'none'}` +
      `${lh.browserTrapped?.length ? `; Chromium's own background services tried ${lh.browserTrapped.map((u) => u.replace(/^CONNECT /, '').replace(/^https?:\/\//, '').replace(/[:/].*$/, '')).filter((h, i, a) => a.indexOf(h) === i).join(', ')}, refused by the bench's trap proxy` : ''}.`);
  }

  const ia = report.interaction;
  if (ia) {
    out.push(`\n### Input to next paint (${ia.edits} keyboard edits per tool; ${day(ia.date)})\n`);
    out.push(table(['tool', 'locale', 'control', 'CPU', 'median', 'p90', 'max'],
      ia.rows.map((r) => [r.tool, r.locale, r.control ?? r.note, `${r.cpu}x`,
        r.medianMs == null ? '–' : `${Math.round(r.medianMs)} ms`,
        r.p90Ms == null ? '–' : (r.cpu !== ia.goalCpu || r.p90Ms < ia.p90GoalMs ? `${Math.round(r.p90Ms)} ms` : `**${Math.round(r.p90Ms)} ms**`),
        r.maxMs == null ? '–' : `${Math.round(r.maxMs)} ms`]), 4));
    if (ia.skipped?.length) out.push(`\nNot in this build (skipped): ${ia.skipped.map((s) => s.path).join(', ')}.`);
    out.push(`\nGoal: p90 under ${ia.p90GoalMs ?? 100} ms with the CPU slowed ${ia.goalCpu ?? 4}x (misses in bold). 4x = CPU slowed four times, as Lighthouse's mobile preset does.` +
      `${ia.loadAverage != null ? ` Load average of the machine during the run: ${ia.loadAverage}.` : ''}`);
  }

  const sc = report.scale;
  if (sc) {
    out.push(`\n### Build cost as content grows (${day(sc.date)})\n`);
    out.push(table(['generated guides per locale', 'guides per locale', 'HTML pages', 'build', 'peak memory (build / with Pagefind)', 'Pagefind index'],
      sc.rows.map((r) => [r.generatedPerLocale, r.guidesPerLocale.en ?? '?', r.htmlPages, `${r.buildSeconds} s`,
        `${r.maxRSSMiB} / ${r.peakTreeRSSMiB ?? '–'} MiB`, `${(r.pagefindBytes / 1048576).toFixed(2)} MB, ${r.pagefindFiles} files`]), 0));
  }
  return `${out.join('\n')}\n`;
}
