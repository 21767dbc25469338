// The KPI builder island: pains -> catalog -> the sheet (grouped by term, each row with its SMART
// check and milestones) -> export and share. Arithmetic lives in src/models/kpi, state in
// src/stores/kpi; this file wires them to the components. Until it has mounted it renders exactly what
// the build rendered (an empty sheet judged on the build date), so hydration never meets foreign markup.
import { provideSourceLabels } from '@/components/shared/Cited';
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '@/i18n/locales';
import type { IslandStrings } from '@/i18n/tools/kpi';
import { isIsoDate, todayIso } from '@/models/calendar';
import {
  EMPTY_SHEET,
  LIMITS,
  evaluateSheet,
  exampleSheet,
  horizonOf,
  monthsBetween,
  toMarkdownTable,
  type Horizon,
  type KpiSheet,
  type RowResult,
  type SheetRow,
} from '@/models/kpi';
import { $storageAvailable } from '@/stores/storage-engine';
import { useFocusAfterRender, useShareLink } from '@/components/shared/island-hooks';
import { download } from '@/components/shared/download';
import { toCsv } from '@/lib/csv';
import {
  $kpiResults,
  $kpiSheet,
  $kpiToday,
  addCustomKpi,
  addKpi,
  addSuggested,
  clearSheet,
  kpiShareUrl,
  loadExample,
  loadKpiShare,
  missingSuggestions,
  removeRow,
  togglePain,
  updateRow,
  type RowField,
} from '@/stores/kpi';
import { Cited } from '@/components/shared/Cited';
import { Catalog } from '@/components/kpi/Catalog';
import { CustomKpiForm } from '@/components/kpi/CustomKpiForm';
import { ExportBar } from '@/components/kpi/ExportBar';
import { PainPicker } from '@/components/kpi/PainPicker';
import { RowEditor } from '@/components/kpi/RowEditor';
import { SheetTable } from '@/components/kpi/SheetTable';
import { HORIZON_ORDER, tableHeader, tableRows } from '@/components/kpi/sheet-table';
import { dateText, kpiName, tr, valueText, type Ctx } from '@/components/kpi/text';

interface Props {
  locale: Locale;
  strings: IslandStrings;
  /** The build date: the first render must match the build-time HTML. */
  buildToday: string;
  /** This locale's source labels (SOURCE_LABEL[locale]), for the references' accessible names. */
  sourceLabels?: Readonly<Record<string, string>>;
}

const GROUPS = HORIZON_ORDER.filter((g): g is Horizon => g !== 'incomplete');

/** The term a row belongs to: from its evaluation, else from its deadline alone, else null. */
function liveGroup(row: SheetRow, result: RowResult | undefined, today: string): Horizon | null {
  if (result?.ok) return result.evaluation.horizon;
  if (isIsoDate(row.deadline) && row.deadline > today) return horizonOf(monthsBetween(today, row.deadline));
  return null;
}

function KpiBuilderIsland({ locale, strings, buildToday }: Props) {
  const ctx: Ctx = useMemo(() => ({ locale, s: strings }), [locale, strings]);
  const storedSheet = useStore($kpiSheet);
  const storedResults = useStore($kpiResults);
  const storedToday = useStore($kpiToday);
  const storageOk = useStore($storageAvailable);
  const { mounted, shareStatus } = useShareLink(loadKpiShare, () => $kpiToday.set(todayIso()));
  const sheet: KpiSheet = mounted ? storedSheet : EMPTY_SHEET;
  const results: RowResult[] = mounted ? storedResults : [];
  const today = mounted ? storedToday : buildToday;

  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [frozen, setFrozen] = useState<Record<string, Horizon>>({});
  const [exportStatus, setExportStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const lastGroup = useRef<Record<string, Horizon>>({});
  const focusNext = useFocusAfterRender();



  const counts = { yes: 0, stretch: 0, unlikely: 0, incomplete: 0 };
  for (const r of results) counts[r.ok ? r.evaluation.smart.attainable : 'incomplete'] += 1;
  const summary = tr(ctx, 'sheet.summary', { count: results.length, ...counts });
  const firstSummary = useRef(true);
  useEffect(() => {
    if (!mounted) return;
    if (firstSummary.current) {
      firstSummary.current = false;
      return;
    }
    // Typing fires on every key; announce once the visitor pauses.
    const timer = setTimeout(() => setAnnounce(summary), 900);
    return () => clearTimeout(timer);
  }, [summary, mounted]);

  // A shown share link describes the sheet as it was; once the sheet changes, it must be made again.
  useEffect(() => setShareUrl(null), [storedSheet]);

  const missing = missingSuggestions(sheet);
  const full = sheet.rows.length >= LIMITS.rows;
  const header = tableHeader(ctx);
  const name = (id: string) => kpiName(ctx, sheet, id);

  // Rows stay in the group they had while the visitor works in them; they move when focus leaves.
  const groupOf = (row: SheetRow, i: number): Horizon => {
    const g = frozen[row.uid] ?? liveGroup(row, results[i], today) ?? lastGroup.current[row.uid] ?? 'mid';
    lastGroup.current[row.uid] = g;
    return g;
  };
  const freeze = (uid: string, g: Horizon) => setFrozen((f) => (f[uid] ? f : { ...f, [uid]: g }));
  const thaw = (uid: string, e: FocusEvent) => {
    const card = e.currentTarget as HTMLElement;
    if (e.relatedTarget instanceof Node && card.contains(e.relatedTarget)) return;
    setFrozen((f) => {
      const { [uid]: _gone, ...rest } = f;
      return rest;
    });
  };

  const onAdd = (kpiId: string) => {
    const uid = addKpi(kpiId);
    if (!uid) return setAnnounce(tr(ctx, 'sheet.full', { max: LIMITS.rows }));
    focusNext.current = `kpi-${uid}-baseline`;
    setAnnounce(tr(ctx, 'sheet.added', { name: name(kpiId) }));
  };
  const onAddSuggested = () => {
    const added = addSuggested();
    if (added[0]) focusNext.current = `kpi-${added[0]}-baseline`;
    setAnnounce(tr(ctx, 'sheet.addedMany', { count: added.length }));
  };
  const onRemove = (row: SheetRow) => {
    removeRow(row.uid);
    focusNext.current = 'kpi-sheet-title';
    setAnnounce(tr(ctx, 'sheet.removed', { name: name(row.kpiId) }));
  };
  const touch = (uid: string, field: RowField) =>
    setTouched((t) => (t.has(`${uid}.${field}`) ? t : new Set(t).add(`${uid}.${field}`)));

  const filename = (ext: string) => `${tr(ctx, 'export.filename')}-${today}.${ext}`;
  const table = () => tableRows(ctx, sheet, results);
  const markdown = () => toMarkdownTable(header, table().map((r) => r.cells), header.map((_, i) => (i >= 4 && i <= 6 ? 'right' : 'left')));
  const copy = async (text: string, done: string, showFallback = true) => {
    try {
      await navigator.clipboard.writeText(text);
      setFallback(null);
      setExportStatus(done);
    } catch {
      if (showFallback) setFallback(text);
      setExportStatus(tr(ctx, showFallback ? 'export.copyFailed' : 'share.copyFailed'));
    }
  };
  const onShare = () => {
    const url = kpiShareUrl(location);
    setShareUrl(url);
    if (!url) return setExportStatus(tr(ctx, 'share.tooLong'));
    // The link is also shown in a field, so it can be copied by hand when the clipboard is blocked.
    void copy(url, tr(ctx, 'share.copied'), false);
  };

  const example = useMemo(() => {
    const ex = exampleSheet(today, (key) => strings[key]);
    return tableRows(ctx, ex, evaluateSheet(ex, today));
  }, [today, ctx]);

  return (
    <div class="kpi" data-ready={mounted ? 'true' : 'false'}>
      {mounted && !storageOk && <p class="notice warn">{tr(ctx, 'storage.unavailable')}</p>}
      {shareStatus === 'invalid' && <p class="notice warn" role="alert">{tr(ctx, 'share.invalid')}</p>}
      {shareStatus === 'ok' && <p class="notice" role="status">{tr(ctx, 'share.loaded')}</p>}

      <div class="kpi-build no-print">
        <PainPicker ctx={ctx} sheet={sheet} missing={missing} onToggle={togglePain} onAddAll={onAddSuggested} />
        <section class="kpi-step" aria-labelledby="kpi-catalog-title">
          <h2 id="kpi-catalog-title">{tr(ctx, 'catalog.heading')}</h2>
          <p>{tr(ctx, 'catalog.intro')}</p>
          <Catalog ctx={ctx} sheet={sheet} full={full} onAdd={onAdd} />
          <CustomKpiForm
            ctx={ctx}
            onAdd={(input) => {
              const r = addCustomKpi(input);
              if (!r.ok) return r.code;
              focusNext.current = `kpi-${r.uid}-baseline`;
              setAnnounce(tr(ctx, 'sheet.added', { name: input.name.trim() }));
              return null;
            }}
          />
        </section>
      </div>

      <section class="kpi-step kpi-sheet" aria-labelledby="kpi-sheet-title">
        <h2 id="kpi-sheet-title" tabIndex={-1}>
          {tr(ctx, 'sheet.heading')}
        </h2>
        <p class="print-only">{tr(ctx, 'print.date', { date: dateText(ctx, today) })}</p>
        {sheet.rows.length === 0 ? (
          <div class="kpi-empty">
            <p>{tr(ctx, 'sheet.empty')}</p>
            <h3>{tr(ctx, 'sheet.exampleHeading')}</h3>
            <p class="muted"><Cited text={tr(ctx, 'page.exampleNote')} locale={locale} /></p>
            <SheetTable ctx={ctx} header={header} rows={example} caption={tr(ctx, 'sheet.exampleHeading')} className="kpi-example" />
            <p class="muted kpi-print-legend">{tr(ctx, 'print.legend')}</p>
            <button type="button" class="btn secondary no-print" id="kpi-load-example" onClick={() => loadExample((k) => strings[k])}>
              {tr(ctx, 'sheet.reset')}
            </button>
          </div>
        ) : (
          <>
            <p class="kpi-summary no-print" data-testid="summary">
              {summary}
            </p>
            <p class="muted no-print">{tr(ctx, 'sheet.intro')}</p>
            <div class="kpi-editor no-print">
              {GROUPS.map((g) => {
                const rows = sheet.rows.map((row, i) => ({ row, i })).filter(({ row, i }) => groupOf(row, i) === g);
                if (rows.length === 0) return null;
                return (
                  <section key={g} class="kpi-group" data-group={g} aria-labelledby={`kpi-group-${g}`}>
                    <h3 id={`kpi-group-${g}`}>{tr(ctx, `sheet.group.${g}`)}</h3>
                    <p class="muted">{tr(ctx, `sheet.group.${g}.hint`)}</p>
                    {rows.map(({ row, i }) => (
                      <div key={row.uid} onFocusIn={() => freeze(row.uid, g)} onFocusOut={(e) => thaw(row.uid, e as FocusEvent)}>
                        <RowEditor
                          ctx={ctx}
                          name={name(row.kpiId)}
                          custom={sheet.customKpis.some((c) => c.id === row.kpiId)}
                          row={row}
                          result={results[i]!}
                          today={today}
                          touched={new Set([...touched].filter((k) => k.startsWith(`${row.uid}.`)).map((k) => k.slice(row.uid.length + 1)))}
                          onTouch={(f) => touch(row.uid, f)}
                          onChange={(f, v) => updateRow(row.uid, f, v)}
                          onRemove={() => onRemove(row)}
                        />
                      </div>
                    ))}
                  </section>
                );
              })}
            </div>
            <div class="print-only">
              <SheetTable ctx={ctx} header={header} rows={table()} caption={tr(ctx, 'sheet.heading')} />
              <p class="kpi-print-legend">{tr(ctx, 'print.legend')}</p>
              <h3>{tr(ctx, 'row.milestones')}</h3>
              <ul class="kpi-print-ms">
                {results.map((r, i) =>
                  r.ok ? (
                    <li key={r.uid}>
                      {tr(ctx, 'print.msItem', {
                        name: name(sheet.rows[i]!.kpiId),
                        list: r.evaluation.milestones.map((m) => `${m.date.slice(0, 7)} ${valueText(ctx, r.definition.unit, m.value)}`).join(' · '),
                      })}
                    </li>
                  ) : null,
                )}
              </ul>
            </div>
            <div class="btn-row no-print">
              <button type="button" class="btn secondary" onClick={() => confirm(tr(ctx, 'sheet.clearConfirm')) && clearSheet()}>
                {tr(ctx, 'sheet.clear')}
              </button>
            </div>
          </>
        )}
      </section>

      <div class="no-print">
        <ExportBar
          ctx={ctx}
          empty={sheet.rows.length === 0}
          status={exportStatus}
          fallback={fallback}
          shareUrl={shareUrl}
          onCsv={() => {
            download(filename('csv'), 'text/csv;charset=utf-8', toCsv([header, ...table().map((r) => r.cells)]));
            setExportStatus('');
          }}
          onXlsx={() =>
            import('@/components/kpi/xlsx-export').then((m) => m.saveKpiXlsx(filename('xlsx'), tr(ctx, 'export.sheetName'), header, table(), results))
          }
          onMarkdown={() => void copy(markdown(), tr(ctx, 'export.copied'))}
          onMarkdownFile={() => download(filename('md'), 'text/markdown;charset=utf-8', markdown())}
          onPrint={() => window.print()}
          onShare={onShare}
        />
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}

export default function KpiBuilder(props: Props) {
  provideSourceLabels(props.sourceLabels);
  return <KpiBuilderIsland {...props} />;
}
