// The parts of the estimator that wait for the visitor (LoadLater): the form, the headline estimate,
// the chart with its phase table, the calendar warnings and the printout's answers, and the bar of
// exports. A first visit's answers are the defaults the page was built with, so the build's markup of
// these parts is exactly what they show; their code (the form's handlers, the chart's geometry, the
// advice for a start that has passed, the exporters) comes with the visitor's first move, or at once
// when the answers are not the defaults. What depends on today (the months to start in, the printout's
// date) is not here: it shows without anyone touching the page.
import { useMemo } from 'preact/hooks';
import { HydrateLater } from '@/components/shared/hydrate-later';
import { undoable } from '@/components/shared/tool-extras';
import type { DurationEstimate, DurationField, DurationInput, ValidationCode } from '@/models/duration/types';
import { $durationInput, durationShareUrl, resetDuration, setDurationField, type DurationForm as FormState } from '@/stores/duration';
import { DurationForm } from './DurationForm';
import { ExportActions } from './ExportActions';
import { GanttChart } from './GanttChart';
import { PhaseTable } from './PhaseTable';
import { PrintAnswers } from './PrintAnswers';
import { ResultSummary } from './ResultSummary';
import { estimateSeenOn } from './seen-estimate';
import type { Text } from './text';
import { WarningsSection } from './WarningsSection';

const pickStart = (date: string) => setDurationField('startDate', date);

export interface FormPartProps {
  form: FormState;
  errors: Partial<Record<DurationField, ValidationCode>>;
  text: Text;
}

export function FormPart({ form, errors, text }: FormPartProps) {
  return <DurationForm form={form} errors={errors} text={text} onChange={setDurationField} />;
}

export interface SummaryPartProps {
  estimate: DurationEstimate;
  startPassed: string | null;
  text: Text;
}

export function SummaryPart({ estimate, startPassed, text }: SummaryPartProps) {
  return <ResultSummary estimate={estimate} startPassed={startPassed} text={text} />;
}

export interface ChartPartProps {
  estimate: DurationEstimate;
  input: DurationInput;
  /** The planned start when it has already passed: the start offered instead is one from `today` on. */
  startPassed: string | null;
  today: string | undefined;
  text: Text;
}

export function ChartPart({ estimate, input, startPassed, today, text }: ChartPartProps) {
  const advice = useMemo(() => (startPassed && today ? estimateSeenOn(estimate, today) : estimate), [estimate, startPassed, today]);
  return (
    <>
      <HydrateLater>
        <GanttChart estimate={estimate} startDate={input.startDate} text={text} />
        <PhaseTable estimate={estimate} text={text} />
      </HydrateLater>
      <HydrateLater>
        <WarningsSection estimate={advice} text={text} onApplyStart={pickStart} />
        <PrintAnswers input={input} text={text} />
      </HydrateLater>
    </>
  );
}

export interface ExportPartProps {
  estimate: DurationEstimate;
  /** An answer is refused: a link carries the last valid answers instead, and says so. */
  stale: boolean;
  text: Text;
}

export function ExportPart({ estimate, stale, text }: ExportPartProps) {
  return (
    <ExportActions
      estimate={estimate}
      text={text}
      shareUrl={() => durationShareUrl(window.location)}
      onReset={() => undoable($durationInput, resetDuration, 'toast.reset')}
      stale={stale}
    />
  );
}
