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
  type Horizon,
  type KpiSheet,
  type RowResult,
  type SheetRow,
} from '@/models/kpi';
import { $storageAvailable } from '@/stores/storage-engine';
import { useFocusAfterRender } from '@/components/shared/island-hooks';
import { toggleScenarios, undoable, useShareLink } from '@/components/shared/tool-extras';
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
import { makeText } from '@/components/kpi/text';

interface Props {
  locale: Locale;
  strings: IslandStrings;
  /** The build date: the first render must match the build-time HTML. */
  buildToday: string;
  /** The label of the button that opens the scenarios panel. */
  scenariosLabel: string;
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

function KpiBuilderIsland({ locale, strings, buildToday, scenariosLabel }: Props) {
  const text = useMemo(() => makeText(locale, strings), [locale, strings]);
  const storedSheet = useStore($kpiSheet);
  const storedResults = useStore($kpiResults);
  const storedToday = useStore($kpiToday);
  const storageOk = useStore($storageAvailable);
  const mounted = useShareLink('kpi', '.kpi', () => $kpiToday.set(todayIso()));
  const sheet: KpiSheet = mounted ? storedSheet : EMPTY_SHEET;
  const results: RowResult[] = mounted ? storedResults : [];
  const today = mounted ? storedToday : buildToday;

  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [frozen, setFrozen] = useState<Record<string, Horizon>>({});
  const [exportStatus, setExportStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const lastGroup = useRef<Record<string, Horizon>>({});
  const focusNext = useFocusAfterRender();



  const counts = { yes: 0, stretch: 0, unlikely: 0, incomplete: 0 };
  for (const r of results) counts[r.ok ? r.evaluation.smart.attainable : 'incomplete'] += 1;
  const summary = text.t('sheet.summary', { count: results.length, ...counts });
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

  const missing = missingSuggestions(sheet);
  const full = sheet.rows.length >= LIMITS.rows;
  const header = tableHeader(text);
  const name = (id: string) => text.kpiName(sheet, id);

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
    if (!uid) return setAnnounce(text.t('sheet.full', { max: LIMITS.rows }));
    focusNext.current = `kpi-${uid}-baseline`;
    setAnnounce(text.t('sheet.added', { name: name(kpiId) }));
  };
  const onAddSuggested = () => {
    const added = addSuggested();
    if (added[0]) focusNext.current = `kpi-${added[0]}-baseline`;
    setAnnounce(text.t('sheet.addedMany', { count: added.length }));
  };
  const onRemove = (row: SheetRow) => {
    undoable($kpiSheet, () => removeRow(row.uid), 'toast.rowDeleted', { name: name(row.kpiId) });
    focusNext.current = 'kpi-sheet-title';
    setAnnounce(text.t('sheet.removed', { name: name(row.kpiId) }));
  };
  const touch = (uid: string, field: RowField) =>
    setTouched((t) => (t.has(`${uid}.${field}`) ? t : new Set(t).add(`${uid}.${field}`)));

  const filename = (ext: string) => `${text.t('export.filename')}-${today}.${ext}`;
  const table = () => tableRows(text, sheet, results);
  // The file writers load when an export is asked for: most visits never export.
  const markdown = async () => {
    const { toMarkdownTable } = await import('@/models/kpi/markdown');
    return toMarkdownTable(header, table().map((r) => r.cells), header.map((_, i) => (i >= 4 && i <= 6 ? 'right' : 'left')));
  };
  const save = async (ext: 'csv' | 'md', type: string, body: Promise<string>) => {
    const [{ download }, content] = await Promise.all([import('@/components/shared/download'), body]);
    download(filename(ext), type, content);
  };
  const csv = async () => {
    const { toCsv } = await import('@/lib/csv');
    return toCsv([header, ...table().map((r) => r.cells)]);
  };
  const copy = async (content: string, done: string) => {
    try {
      await navigator.clipboard.writeText(content);
      setFallback(null);
      setExportStatus(done);
    } catch {
      setFallback(content);
      setExportStatus(text.t('export.copyFailed'));
    }
  };

  const example = useMemo(() => {
    const ex = exampleSheet(today, (key) => strings[key]);
    return tableRows(text, ex, evaluateSheet(ex, today));
  }, [today, text]);

  return (
    <div class="kpi" data-ready={mounted ? 'true' : 'false'}>
      {mounted && !storageOk && <p class="notice warn">{text.t('storage.unavailable')}</p>}
      <p class="no-print">
        <button type="button" class="btn secondary" onClick={(e) => toggleScenarios('kpi', '.kpi', e)} data-scenarios>
          {scenariosLabel}
        </button>
      </p>

      <div class="kpi-build no-print">
        <PainPicker text={text} sheet={sheet} missing={missing} onToggle={togglePain} onAddAll={onAddSuggested} />
        <section class="kpi-step" aria-labelledby="kpi-catalog-title">
          <h2 id="kpi-catalog-title">{text.t('catalog.heading')}</h2>
          <p>{text.t('catalog.intro')}</p>
          <Catalog text={text} sheet={sheet} full={full} onAdd={onAdd} />
          <CustomKpiForm
            text={text}
            onAdd={(input) => {
              const r = addCustomKpi(input);
              if (!r.ok) return r.code;
              focusNext.current = `kpi-${r.uid}-baseline`;
              setAnnounce(text.t('sheet.added', { name: input.name.trim() }));
              return null;
            }}
          />
        </section>
      </div>

      <section class="kpi-step kpi-sheet" aria-labelledby="kpi-sheet-title">
        <h2 id="kpi-sheet-title" tabIndex={-1}>
          {text.t('sheet.heading')}
        </h2>
        <p class="print-only">{text.t('print.date', { date: text.date(today) })}</p>
        {sheet.rows.length === 0 ? (
          <div class="kpi-empty">
            <p>{text.t('sheet.empty')}</p>
            <h3>{text.t('sheet.exampleHeading')}</h3>
            <p class="muted"><Cited text={text.t('page.exampleNote')} locale={locale} /></p>
            <SheetTable text={text} header={header} rows={example} caption={text.t('sheet.exampleHeading')} className="kpi-example" />
            <p class="muted kpi-print-legend">{text.t('print.legend')}</p>
            <button type="button" class="btn secondary no-print" id="kpi-load-example" onClick={() => loadExample((k) => strings[k])}>
              {text.t('sheet.reset')}
            </button>
          </div>
        ) : (
          <>
            <p class="kpi-summary no-print" data-testid="summary">
              {summary}
            </p>
            <p class="muted no-print">{text.t('sheet.intro')}</p>
            <div class="kpi-editor no-print">
              {GROUPS.map((g) => {
                const rows = sheet.rows.map((row, i) => ({ row, i })).filter(({ row, i }) => groupOf(row, i) === g);
                if (rows.length === 0) return null;
                return (
                  <section key={g} class="kpi-group" data-group={g} aria-labelledby={`kpi-group-${g}`}>
                    <h3 id={`kpi-group-${g}`}>{text.t(`sheet.group.${g}`)}</h3>
                    <p class="muted">{text.t(`sheet.group.${g}.hint`)}</p>
                    {rows.map(({ row, i }) => (
                      <div key={row.uid} onFocusIn={() => freeze(row.uid, g)} onFocusOut={(e) => thaw(row.uid, e as FocusEvent)}>
                        <RowEditor
                          text={text}
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
              <SheetTable text={text} header={header} rows={table()} caption={text.t('sheet.heading')} />
              <p class="kpi-print-legend">{text.t('print.legend')}</p>
              <h3>{text.t('row.milestones')}</h3>
              <ul class="kpi-print-ms">
                {results.map((r, i) =>
                  r.ok ? (
                    <li key={r.uid}>
                      {text.t('print.msItem', {
                        name: name(sheet.rows[i]!.kpiId),
                        list: r.evaluation.milestones.map((m) => `${m.date.slice(0, 7)} ${text.valueText(r.definition.unit, m.value)}`).join(' · '),
                      })}
                    </li>
                  ) : null,
                )}
              </ul>
            </div>
            <div class="btn-row no-print">
              <button type="button" class="btn secondary" onClick={() => undoable($kpiSheet, clearSheet, 'toast.reset')}>
                {text.t('sheet.clear')}
              </button>
            </div>
          </>
        )}
      </section>

      <div class="no-print">
        <ExportBar
          text={text}
          empty={sheet.rows.length === 0}
          status={exportStatus}
          fallback={fallback}
          shareUrl={() => kpiShareUrl(location)}
          sheet={storedSheet}
          onCsv={() => {
            void save('csv', 'text/csv;charset=utf-8', csv());
            setExportStatus('');
          }}
          onXlsx={() =>
            import('@/components/kpi/xlsx-export').then((m) => m.saveKpiXlsx(filename('xlsx'), text.t('export.sheetName'), header, table(), results))
          }
          onMarkdown={() => void markdown().then((md) => copy(md, text.t('export.copied')))}
          onMarkdownFile={() => void save('md', 'text/markdown;charset=utf-8', markdown())}
          onPrint={() => window.print()}
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
