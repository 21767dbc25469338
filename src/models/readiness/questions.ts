import type { Dimension, QuestionId, ReadinessAnswers } from './types';

/**
 * The questions, their dimension, their weight in the score and each option's points (0-1).
 *
 * Options are listed best first; the points fall with every step down the list, which is what makes
 * "a better answer never lowers the score" true by construction. Weights and points are editorial
 * judgements drawn from the sources' emphasis; the page prints this table so none of it is hidden:
 * - goals, sponsor and processes weigh most: 003 names missing strategy and unfitting processes among
 *   the root causes of failure, 002 calls CRM a "top-down" project and puts process mapping first;
 * - company stage weighs as much: 004 advises against starting during expansion or right after founding;
 * - technology weighs least: with a cloud product, little in-house IT is a constraint, not a blocker (000).
 */
export interface Question<Q extends QuestionId = QuestionId> {
  id: Q;
  dimension: Dimension;
  weight: number;
  options: readonly { value: ReadinessAnswers[Q]; points: number }[];
}

function q<Q extends QuestionId>(
  id: Q,
  dimension: Dimension,
  weight: number,
  options: readonly [ReadinessAnswers[Q], number][],
): Question<Q> {
  return { id, dimension, weight, options: options.map(([value, points]) => ({ value, points })) };
}

export const DIMENSIONS: readonly Dimension[] = ['strategy', 'process', 'data', 'people', 'timing', 'technology'];

export const QUESTIONS = [
  q('goalsDefined', 'strategy', 3, [['smart', 1], ['vague', 0.4], ['none', 0]]),
  q('executiveSponsor', 'strategy', 3, [['active', 1], ['nominal', 0.35], ['none', 0]]),
  q('budget', 'strategy', 2, [['approved', 1], ['partial', 0.5], ['none', 0]]),
  q('processesDefined', 'process', 3, [['documented', 1], ['partly', 0.5], ['none', 0]]),
  q('dataState', 'data', 2, [['clean', 1], ['scattered', 0.45], ['paper', 0]]),
  q('projectTeam', 'people', 2, [['crossFunctional', 1], ['itOnly', 0.3], ['none', 0]]),
  q('keyUsersAvailable', 'people', 2, [['dedicated', 1], ['partTime', 0.6], ['none', 0]]),
  q('userAttitude', 'people', 2, [['eager', 1], ['neutral', 0.6], ['resistant', 0]]),
  q('companyStage', 'timing', 3, [['stable', 1], ['expanding', 0.2], ['newlyFounded', 0]]),
  q('keyStaffTurnover', 'timing', 2, [['low', 1], ['high', 0]]),
  q('itCapability', 'technology', 1, [['strong', 1], ['basic', 0.6], ['none', 0.2]]),
  q('integrationNeeds', 'technology', 1, [['none', 1], ['few', 0.7], ['many', 0.3]]),
] as const satisfies readonly Question[];

export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((x) => x.id);

/**
 * The start date counts in the timing dimension like a question: full points for a start clear of
 * year-end and the festival, none for a flagged one. Without any date it is left out of the score.
 */
export const START_DATE_WEIGHT = 2;
export const START_DATE_DIMENSION: Dimension = 'timing';

export function questionById<Q extends QuestionId>(id: Q): Question<Q> {
  return QUESTIONS.find((x) => x.id === id) as unknown as Question<Q>;
}

export function optionValues<Q extends QuestionId>(id: Q): readonly ReadinessAnswers[Q][] {
  return questionById(id).options.map((o) => o.value);
}

export function pointsFor<Q extends QuestionId>(id: Q, value: ReadinessAnswers[Q]): number {
  const option = questionById(id).options.find((o) => o.value === value);
  return option ? option.points : 0;
}

/** Questions grouped by dimension, in the order the page asks them. */
export function questionsByDimension(): Record<Dimension, QuestionId[]> {
  const out = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as QuestionId[]])) as Record<Dimension, QuestionId[]>;
  for (const x of QUESTIONS) out[x.dimension].push(x.id);
  return out;
}
