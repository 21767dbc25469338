// Moving between the check's steps: "Next" stops at a step with unanswered questions (flagging them and
// focusing the first), the last step leads to the first gap or to the result, and every move the
// visitor makes puts focus on the new step's heading (the first render does not).
import { useEffect, useRef, useState } from 'preact/hooks';
import { DIMENSIONS, openInDimension, unansweredQuestions } from '@/models/readiness';
import { undoable } from '@/components/shared/tool-extras';
import { $readiness, RESULT_STEP, firstOpenStep, goToReadinessStep, resetReadiness } from '@/stores/readiness';

export function useStepFlow(step: number) {
  const [showErrors, setShowErrors] = useState<Record<number, boolean>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);

  const go = (next: number) => {
    moved.current = true;
    goToReadinessStep(next);
  };

  const next = () => {
    // Read the store, not this render's copy: an answer given a moment ago may not be rendered yet.
    const current = $readiness.get();
    const stillOpen = unansweredQuestions(current.answers);
    const missing = openInDimension(DIMENSIONS[current.step]!, stillOpen);
    if (missing.length > 0) {
      setShowErrors({ ...showErrors, [current.step]: true });
      document.querySelector<HTMLInputElement>(`#rd-${missing[0]} input`)?.focus();
      return;
    }
    const last = current.step === DIMENSIONS.length - 1;
    go(last ? (stillOpen.length ? firstOpenStep(current.answers) : RESULT_STEP) : current.step + 1);
  };

  const restart = () => {
    setShowErrors({});
    moved.current = true;
    undoable($readiness, resetReadiness, 'toast.reset');
  };

  return { showErrors, headingRef, go, next, restart };
}
