/** Output formats of `check`: stylish (for people, like ESLint's), json (for tools) and junit (for CI test reports). */
import type { Finding } from '../engine/types.js';

export interface Result {
  path: string;
  ok: boolean;
  profile: string;
  findings: Finding[];
}
export interface Summary {
  submissions: number;
  errors: number;
  warnings: number;
}

export function summarize(results: readonly Result[]): Summary {
  let errors = 0;
  let warnings = 0;
  for (const r of results) for (const f of r.findings) f.severity === 'error' ? errors++ : warnings++;
  return { submissions: results.length, errors, warnings };
}

export function formatJson(results: readonly Result[]): string {
  return JSON.stringify({ results, summary: summarize(results) }, null, 2);
}

export function formatStylish(results: readonly Result[], color: boolean, lang: 'zh-CN' | 'en'): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    lines.push(paint(4, r.path));
    for (const f of r.findings) {
      const where = f.file ?? f.field ?? '';
      const severity = f.severity === 'error' ? paint(31, 'error  ') : paint(33, 'warning');
      lines.push(`  ${severity} ${where ? `${where}: ` : ''}${f.message}  ${paint(2, `${f.rule} (${f.category})`)}`);
      lines.push(`          ${paint(2, `${lang === 'en' ? 'fix' : '修改'}: ${f.hint}`)}`);
      if (f.suggestion !== undefined) {
        const more = f.suggestions && f.suggestions.length > 1 ? ` (+${f.suggestions.length - 1})` : '';
        lines.push(`          ${paint(32, `${lang === 'en' ? 'suggestion' : '建议'}: ${f.suggestion}${more}`)}`);
      }
    }
    lines.push('');
  }
  const s = summarize(results);
  const problems = s.errors + s.warnings;
  const tally = `${s.submissions} submission${s.submissions === 1 ? '' : 's'}, ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}`;
  lines.push(problems === 0 ? paint(32, `✓ ${tally}`) : paint(s.errors > 0 ? 31 : 33, `✖ ${tally}`));
  return lines.join('\n');
}

function xml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the rest is escaped.
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** JUnit XML: one test case per submission, failing when it has an error finding; warnings go to system-out. */
export function formatJunit(results: readonly Result[]): string {
  const s = summarize(results);
  const failures = results.filter((r) => !r.ok).length;
  const line = (f: Finding) => `${f.severity} ${f.file ?? f.field ?? ''}: ${f.message} [${f.rule} / ${f.category}]${f.suggestion !== undefined ? ` suggestion: ${f.suggestion}` : ''}`;
  const cases = results.map((r) => {
    const errors = r.findings.filter((f) => f.severity === 'error');
    const warnings = r.findings.filter((f) => f.severity === 'warning');
    const failure = errors.length > 0 ? `\n    <failure message="${xml(`${errors.length} error finding${errors.length === 1 ? '' : 's'}`)}" type="error">${xml(errors.map(line).join('\n'))}</failure>` : '';
    const out = warnings.length > 0 ? `\n    <system-out>${xml(warnings.map(line).join('\n'))}</system-out>` : '';
    return `  <testcase classname="realname-precheck.${xml(r.profile)}" name="${xml(r.path)}">${failure}${out}${failure || out ? '\n  ' : ''}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite name="realname-precheck" tests="${s.submissions}" failures="${failures}" errors="0">`,
    ...cases,
    '</testsuite>',
  ].join('\n');
}
