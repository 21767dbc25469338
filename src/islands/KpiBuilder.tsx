// The KPI builder island: pains -> catalog -> the sheet (grouped by term, each row with its SMART
// check and milestones) -> export and share. Arithmetic lives in src/models/kpi, state in
// src/stores/kpi; this file wires them to the components. Until it has mounted it renders exactly what
// the build rendered (an empty sheet judged on the build date), so hydration never meets foreign markup.
import { provideSourceLabels } from '@/components/shared/source-labels';
import { useMemo } from 'preact/hooks';
import type { Locale } from '@/i18n/locales';
import type { IslandStrings } from '@/i18n/tools/kpi';
import { LIMITS, countAttainability } from '@/models/kpi';
import { useSayWhenSettled } from '@/components/shared/island-hooks';
import { toggleScenarios } from '@/components/shared/tool-extras';
import { missingSuggestions, togglePain } from '@/stores/kpi';
import { EmptySheet } from '@/components/kpi/EmptySheet';
import { PainPicker } from '@/components/kpi/PainPicker';
import { tableHeader } from '@/components/kpi/sheet-table';
import { makeText } from '@/components/kpi/text';
import { useKpiView } from '@/components/kpi/useKpiView';
import { useSheetActions } from '@/components/kpi/useSheetActions';
import { useSavedCompanyNameInPrintMargin } from '@/components/shared/running-head';
import { HydrateLater } from '@/components/shared/hydrate-later';
import { LoadLater, useLaterPartsLive } from '@/components/shared/load-later';

// Below the pains, an empty sheet's builder is what the build rendered until the visitor acts (or has a
// saved sheet), so the code of the catalog, the sheet's editor and the exports waits for them (LoadLater).
const parts = () => import('@/components/kpi/KpiLaterParts');
const built = import.meta.env.SSR ? await parts() : undefined;
const loadCatalog = () => parts().then((m) => m.CatalogPart);
const loadSheet = () => parts().then((m) => m.SheetPart);
const loadExports = () => parts().then((m) => m.ExportPart);

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
  const act = useSheetActions(text, sheet);
  const laterLive = useLaterPartsLive(loadCatalog, loadSheet, loadExports);

  const summary = text.t('sheet.summary', { count: results.length, ...countAttainability(results) });
  // Typing fires on every key; announce once the visitor pauses.
  useSayWhenSettled(summary, mounted, 900, act.setAnnounce);

  const header = tableHeader(text);
  const empty = sheet.rows.length === 0;
  const missing = missingSuggestions(sheet);
  const full = sheet.rows.length >= LIMITS.rows;
  const inSheet = sheet.rows.map((r) => r.kpiId).join(' ');
  const island = { say: act.setAnnounce, focusNext: act.focusNext };

  return (
    <div class="kpi" data-ready={mounted && (empty || laterLive) ? 'true' : 'false'}>
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
          <LoadLater load={loadCatalog} build={built?.CatalogPart} asBuilt={empty} props={{ text, sheet, inSheet, full, island }} />
        </section>
      </div>

      <section class="kpi-step kpi-sheet" aria-labelledby="kpi-sheet-title">
        <h2 id="kpi-sheet-title" tabIndex={-1}>
          {text.t('sheet.heading')}
        </h2>
        <HydrateLater>
          <p class="print-only kpi-print-date">{text.t('print.date', { date: text.date(today) })}</p>
          <EmptySheet text={text} strings={strings} header={header} today={today} shown={empty} />
        </HydrateLater>
        <LoadLater load={loadSheet} build={built?.SheetPart} asBuilt={empty} props={{ text, sheet, results, today, header, summary, name: act.name, island }} />
      </section>

      <LoadLater load={loadExports} build={built?.ExportPart} asBuilt={empty} props={{ text, sheet, storedSheet, results, today }} />
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
