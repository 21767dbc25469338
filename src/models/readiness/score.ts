import { DIMENSIONS, QUESTIONS, START_DATE_DIMENSION, START_DATE_WEIGHT, pointsFor } from './questions';
import type { Dimension, QuestionId, ReadinessAnswers } from './types';

/** Rounds to a whole point for display, keeping 0-100 exactly (no 100.00000001). */
function toPercent(points: number, weight: number): number {
  if (weight <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((points / weight) * 100)));
}

/**
 * Weighted scores: each dimension is its questions' weighted mean; the total is the weighted mean of
 * all questions (so a dimension with more and heavier questions counts for more, as the page explains).
 * `startPoints` is 1, 0, or null when no start date is known (then it is left out).
 */
export function scoreAnswers(
  answers: ReadinessAnswers,
  startPoints: number | null,
): { score: number; dimensions: Record<Dimension, number> } {
  const points = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  const weights = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  for (const question of QUESTIONS) {
    const id = question.id as QuestionId;
    points[question.dimension] += question.weight * pointsFor(id, answers[id] as never);
    weights[question.dimension] += question.weight;
  }
  if (startPoints !== null) {
    points[START_DATE_DIMENSION] += START_DATE_WEIGHT * startPoints;
    weights[START_DATE_DIMENSION] += START_DATE_WEIGHT;
  }
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, toPercent(points[d], weights[d])])) as Record<
    Dimension,
    number
  >;
  const sum = (r: Record<Dimension, number>) => DIMENSIONS.reduce((acc, d) => acc + r[d], 0);
  return { score: toPercent(sum(points), sum(weights)), dimensions };
}
