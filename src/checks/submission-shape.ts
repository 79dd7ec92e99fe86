/** Reports fields that are missing, mistyped or malformed, and unknown fields (often a typo of a known one). */
import { defineCheck } from '../engine/check.js';
import type { ShapeIssue } from '../submission/parse.js';

export const submissionShape = defineCheck({
  name: 'submission-shape',
  codes: ['not-object', 'missing', 'wrong-type', 'invalid-value', 'unknown-field'],
  run(ctx) {
    const issues = ctx.fact<ShapeIssue[]>('shape-issues', () => []);
    return issues.map((issue) => ({ code: issue.code, field: issue.field || undefined, data: issue.data }));
  },
});
