// What the selection island shows: the saved state and its results once the page is live, and until
// then the neutral defaults the build rendered, so hydration meets the markup it expects.
import { useStore } from '@/components/shared/use-store';
import { DEFAULT_SELECTION_STATE, computeTco, scoreMatrix } from '@/models/matrix';
import { $storageAvailable } from '@/stores/storage-engine';
import { useShareLink } from '@/components/shared/tool-extras';
import { $hasInvalidDrafts, $matrixResult, $selectionDrafts, $selectionState, $tcoResult } from '@/stores/selection';

const DEFAULT_RESULT = scoreMatrix(DEFAULT_SELECTION_STATE.matrix);
const DEFAULT_TCO = computeTco(DEFAULT_SELECTION_STATE.tco);

export function useSelectionView() {
  const storedState = useStore($selectionState);
  const storedResult = useStore($matrixResult);
  const storedTco = useStore($tcoResult);
  const storedDrafts = useStore($selectionDrafts);
  const stale = useStore($hasInvalidDrafts);
  const storageOk = useStore($storageAvailable);

  const mounted = useShareLink('selection', '.sel');
  return {
    mounted,
    state: mounted ? storedState : DEFAULT_SELECTION_STATE,
    result: mounted ? storedResult : DEFAULT_RESULT,
    tco: mounted ? storedTco : DEFAULT_TCO,
    drafts: mounted ? storedDrafts : {},
    stale,
    storageOk,
  };
}
