// How far the visitor has got: the check asks its questions one dimension per step, and a step is
// complete once each of its questions has a valid answer.
import { DIMENSIONS, questionsByDimension } from './questions';
import type { Dimension, QuestionId } from './types';

const BY_DIMENSION = questionsByDimension();

/** The questions of a dimension among `open` (the unanswered ones), in the order they are asked. */
export function openInDimension(dimension: Dimension, open: readonly QuestionId[]): QuestionId[] {
  return BY_DIMENSION[dimension].filter((id) => open.includes(id));
}

/** For each dimension in order: true when none of its questions is among `open`. */
export function completeDimensions(open: readonly QuestionId[]): boolean[] {
  return DIMENSIONS.map((d) => openInDimension(d, open).length === 0);
}
