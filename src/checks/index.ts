/** Every check primitive, by name. Rule files in rules/ refer to these names. */
import type { CheckDefinition } from '../engine/check.js';
import { submissionShape } from './submission-shape.js';

export const checks: readonly CheckDefinition<any>[] = [
  submissionShape,
];
