/**
 * The model's estimate for the estimator's saved answers (`$durationInput`): it follows only valid
 * input, so a bad entry never blanks it. Apart from `./duration` because it brings the model's code
 * (the simulation, the schedule and their tables); see `components/duration/use-estimate.ts`.
 */
import { computed } from 'nanostores';
import { estimateDuration } from '@/models/duration/estimate';
import { $durationInput } from './duration';

export const $durationEstimate = computed($durationInput, (input) => estimateDuration(input));
