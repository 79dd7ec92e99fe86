/** Output formats of `check`: stylish (for people, like ESLint's), json (for tools) and junit (for CI test reports). */
import type { Finding } from '../engine/types.js';
import { visible } from './visible.js';

/** One input: a checked submission, or one that could not be read (`unreadable` says why; no findings). */
export interface Result {
  path: string;
  ok: boolean;
  profile: string;
  findings: Finding[];
  unreadable?: string;
}
export interface Summary {
  /** Submissions checked: failing + passing (unreadable inputs are counted apart). */
  submissions: number;
  failing: number;
  passing: number;
  unreadable: number;
  errors: number;
  warnings: number;
}

export function summarize(results: readonly Result[]): Summary {
  const s: Summary = { submissions: 0, failing: 0, passing: 0, unreadable: 0, errors: 0, warnings: 0 };
  for (const r of results) {
    if (r.unreadable !== undefined) { s.unreadable++; continue; }
    s.submissions++;
    r.ok ? s.passing++ : s.failing++;
    for (const f of r.findings) f.severity === 'error' ? s.errors++ : s.warnings++;
  }
  return s;
}

export function formatJson(results: readonly Result[]): string {
  return JSON.stringify({ results, summary: summarize(results) }, null, 2);
}

/** Unreadable inputs are not listed here: their messages went to stderr as they were met. */
export function formatStylish(results: readonly Result[], profile: string, color: boolean, lang: 'zh-CN' | 'en'): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const v = visible;
  const lines: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    lines.push(paint(4, v(r.path)));
    for (const f of r.findings) {
      const where = f.file ?? f.field ?? '';
      const severity = f.severity === 'error' ? paint(31, 'error  ') : paint(33, 'warning');
      lines.push(`  ${severity} ${where ? `${v(where)}: ` : ''}${v(f.message)}  ${paint(2, `${f.rule} (${f.category})`)}`);
      lines.push(`          ${paint(2, `${lang === 'en' ? 'fix' : '修改'}: ${v(f.hint)}`)}`);
      if (f.suggestion !== undefined) {
        const more = f.suggestions && f.suggestions.length > 1 ? ` (+${f.suggestions.length - 1})` : '';
        lines.push(`          ${paint(32, `${lang === 'en' ? 'suggestion' : '建议'}: ${v(f.suggestion)}${more}`)}`);
      }
    }
    lines.push('');
  }
  const s = summarize(results);
  const line = summaryLine(s, v(profile), lang);
  lines.push(s.errors + s.warnings + s.unreadable === 0 ? paint(32, `✓ ${line}`) : paint(s.errors + s.unreadable > 0 ? 31 : 33, `✖ ${line}`));
  return lines.join('\n');
}

function summaryLine(s: Summary, profile: string, lang: 'zh-CN' | 'en'): string {
  if (lang === 'zh-CN') {
    const unreadable = s.unreadable > 0 ? `，${s.unreadable} 份无法读取` : '';
    return `${s.submissions} 份提交（配置 ${profile}）：${s.failing} 份未通过，${s.passing} 份通过${unreadable}；${s.errors} 个错误，${s.warnings} 个警告`;
  }
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const unreadable = s.unreadable > 0 ? `, ${s.unreadable} unreadable` : '';
  return `${n(s.submissions, 'submission')} (profile ${profile}): ${s.failing} failing, ${s.passing} passing${unreadable}; ${n(s.errors, 'error')}, ${n(s.warnings, 'warning')}`;
}

/** Text for XML 1.0: controls shown as \u{…} (XML cannot carry most of them at all), then markup escaped. */
function xml(text: string): string {
  return visible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * JUnit XML: one test case per input, failing when it has an error finding or could not be read (type "unreadable",
 * with the reason); warnings go to system-out.
 */
export function formatJunit(results: readonly Result[]): string {
  const s = summarize(results);
  const line = (f: Finding) => xml(`${f.severity} ${f.file ?? f.field ?? ''}: ${f.message} [${f.rule} / ${f.category}]${f.suggestion !== undefined ? ` suggestion: ${f.suggestion}` : ''}`);
  const cases = results.map((r) => {
    const errors = r.findings.filter((f) => f.severity === 'error');
    const warnings = r.findings.filter((f) => f.severity === 'warning');
    const failure = r.unreadable !== undefined
      ? `\n    <failure message="unreadable" type="unreadable">${xml(r.unreadable)}</failure>`
      : errors.length > 0 ? `\n    <failure message="${errors.length} error finding${errors.length === 1 ? '' : 's'}" type="error">${errors.map(line).join('\n')}</failure>` : '';
    const out = warnings.length > 0 ? `\n    <system-out>${warnings.map(line).join('\n')}</system-out>` : '';
    return `  <testcase classname="realname-precheck.${xml(r.profile)}" name="${xml(r.path)}">${failure}${out}${failure || out ? '\n  ' : ''}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite name="realname-precheck" tests="${results.length}" failures="${s.failing + s.unreadable}" errors="0">`,
    ...cases,
    '</testsuite>',
  ].join('\n');
}
