// The KPI builder island: pains -> catalog -> the sheet (grouped by term, each row with its SMART
// check and milestones) -> export and share. Arithmetic lives in src/models/kpi, state in
// src/stores/kpi; this file wires them to the components. Until it has mounted it renders exactly what
// the build rendered (an empty sheet judged on the build date), so hydration never meets foreign markup.
import { provideSourceLabels } from '@/components/shared/Cited';
import { useMemo } from 'preact/hooks';
import type { Locale } from '@/i18n/locales';
import type { IslandStrings } from '@/i18n/tools/kpi';
import { LIMITS, countAttainability } from '@/models/kpi';
import { useSayWhenSettled } from '@/components/shared/island-hooks';
import { toggleScenarios, undoable } from '@/components/shared/tool-extras';
import { $kpiSheet, clearSheet, kpiShareUrl, missingSuggestions, togglePain } from '@/stores/kpi';
import { Catalog } from '@/components/kpi/Catalog';
import { CustomKpiForm } from '@/components/kpi/CustomKpiForm';
import { EmptySheet } from '@/components/kpi/EmptySheet';
import { ExportBar } from '@/components/kpi/ExportBar';
import { PainPicker } from '@/components/kpi/PainPicker';
import { PrintedSheet } from '@/components/kpi/PrintedSheet';
import { SheetEditor } from '@/components/kpi/SheetEditor';
import { tableHeader, tableRows } from '@/components/kpi/sheet-table';
import { makeText } from '@/components/kpi/text';
import { useHandler } from '@/components/shared/memo';
import { useKpiExports } from '@/components/kpi/useKpiExports';
import { useKpiView } from '@/components/kpi/useKpiView';
import { useSheetActions } from '@/components/kpi/useSheetActions';
import { useSheetEditing } from '@/components/kpi/useSheetEditing';
import { useSavedCompanyNameInPrintMargin } from '@/components/shared/running-head';
import { HydrateLater } from '@/components/shared/hydrate-later';

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

function KpiBuilderIsland({ locale, strings, buildToday, scenariosLabel }: Props) {
  const text = useMemo(() => makeText(locale, strings), [locale, strings]);
  const { mounted, storedSheet, sheet, results, today, storageOk } = useKpiView(buildToday);
  const editing = useSheetEditing(results, today);
  const act = useSheetActions(text, sheet);
  const exports = useKpiExports(text, sheet, results, today);

  const summary = text.t('sheet.summary', { count: results.length, ...countAttainability(results) });
  // Typing fires on every key; announce once the visitor pauses.
  useSayWhenSettled(summary, mounted, 900, act.setAnnounce);

  const header = tableHeader(text);
  const empty = sheet.rows.length === 0;
  const missing = missingSuggestions(sheet);
  const full = sheet.rows.length >= LIMITS.rows;
  const inSheet = sheet.rows.map((r) => r.kpiId).join(' ');
  const onAdd = useHandler(act.onAdd);

  return (
    <div class="kpi" data-ready={mounted ? 'true' : 'false'}>
      {mounted && !storageOk && <p class="notice warn">{text.t('storage.unavailable')}</p>}
      <p class="no-print">
        <button type="button" class="btn secondary" onClick={(e) => toggleScenarios('kpi', '.kpi', e)} data-scenarios>
          {scenariosLabel}
        </button>
      </p>

      <div class="kpi-build no-print">
        <PainPicker text={text} sheet={sheet} missing={missing} onToggle={togglePain} onAddAll={act.onAddSuggested} />
        <section class="kpi-step" aria-labelledby="kpi-catalog-title">
          <h2 id="kpi-catalog-title">{text.t('catalog.heading')}</h2>
          <p>{text.t('catalog.intro')}</p>
          <HydrateLater>
            <Catalog text={text} inSheet={inSheet} full={full} onAdd={onAdd} />
            <CustomKpiForm text={text} onAdd={act.onAddCustom} />
          </HydrateLater>
        </section>
      </div>

      <section class="kpi-step kpi-sheet" aria-labelledby="kpi-sheet-title">
        <h2 id="kpi-sheet-title" tabIndex={-1}>
          {text.t('sheet.heading')}
        </h2>
        <HydrateLater>
          <p class="print-only kpi-print-date">{text.t('print.date', { date: text.date(today) })}</p>
          {empty ? (
            <EmptySheet text={text} strings={strings} header={header} today={today} />
          ) : (
            <>
              <p class="kpi-summary no-print" data-testid="summary">
                {summary}
              </p>
              <p class="muted no-print">{text.t('sheet.intro')}</p>
              <SheetEditor text={text} sheet={sheet} results={results} today={today} editing={editing} name={act.name} onRemove={act.onRemove} />
              <PrintedSheet text={text} sheet={sheet} results={results} header={header} rows={tableRows(text, sheet, results, 'people')} name={act.name} />
              <div class="btn-row no-print">
                <button type="button" class="btn secondary" onClick={() => undoable($kpiSheet, clearSheet, 'toast.reset')}>
                  {text.t('sheet.clear')}
                </button>
              </div>
            </>
          )}
        </HydrateLater>
      </section>

      <HydrateLater>
        <div class="no-print">
          <ExportBar
            text={text}
            empty={empty}
            status={exports.status}
            fallback={exports.fallback}
            shareUrl={() => kpiShareUrl(location)}
            sheet={storedSheet}
            onCsv={exports.onCsv}
            onXlsx={exports.onXlsx}
            onMarkdown={exports.onMarkdown}
            onMarkdownFile={exports.onMarkdownFile}
            onPrint={() => window.print()}
          />
        </div>
      </HydrateLater>
      <p class="visually-hidden" role="status" aria-live="polite">
        {act.announce}
      </p>
    </div>
  );
}

export default function KpiBuilder(props: Props) {
  provideSourceLabels(props.sourceLabels);
  useSavedCompanyNameInPrintMargin();
  return <KpiBuilderIsland {...props} />;
}
