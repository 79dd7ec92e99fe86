/**
 * realname-precheck command line.
 *   check <path…> [--profile p] [--format stylish|json|junit] [--lang zh-CN|en] [--now YYYY-MM-DD] [--no-ocr] [--jobs N]
 *         [--color|--no-color]
 *   explain <text…> [--lang zh-CN|en] [--format stylish|json]
 *   rules [--profile p] [--format stylish|json]
 * Exit codes: 0 no error findings (explain: a match), 1 error findings (explain: no match), 2 usage error, unreadable
 * input or bad configuration.
 */
import { realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { categories, rules, profiles, shutdown, validate } from '../node.js';
import { configureOcr, defaultWorkerCount } from '../ocr/pool.js';
import { parseIsoDate } from '../dates/plain-date.js';
import { resolveProfile } from '../engine/profiles.js';
import { collectSubmissions, InputError } from './collect.js';
import { visible } from './visible.js';
import { explain } from './explain.js';
import { formatJson, formatJunit, formatStylish, type Result } from './formatters.js';
import { readSubmission } from './read-submission.js';

const USAGE = `Usage:
  realname-precheck check <path…> [--profile strict|aliyun|tencent|huawei] [--format stylish|json|junit]
                                  [--lang zh-CN|en] [--now YYYY-MM-DD] [--no-ocr] [--jobs N] [--color|--no-color]
  realname-precheck explain <rejection message or category id> [--lang zh-CN|en] [--format stylish|json]
  realname-precheck rules [--profile p] [--format stylish|json]

A path is a submission.json, a folder holding one, or a folder of such folders (searched recursively).
Colour: on a terminal only, unless NO_COLOR is set; --color and --no-color decide.
Exit codes: 0 no errors, 1 error findings (explain: no match), 2 usage error or unreadable input.`;

class UsageError extends Error {}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        format: { type: 'string', default: 'stylish' },
        lang: { type: 'string' },
        now: { type: 'string' },
        ocr: { type: 'boolean', default: true },
        'no-ocr': { type: 'boolean', default: false },
        jobs: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    err(`${visible((error as Error).message)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || !command) {
    (values.help ? out : err)(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    const format = oneOf('--format', values.format!, command === 'check' ? ['stylish', 'json', 'junit'] : ['stylish', 'json']);
    const lang = oneOf('--lang', values.lang ?? defaultLang(), ['zh-CN', 'en']);
    if (values.now !== undefined && parseIsoDate(values.now) === null) throw new UsageError(`--now must be a real date written YYYY-MM-DD, got "${values.now}"`);
    const profile = values.profile ?? 'strict';
    if (!(profile in profiles)) throw new UsageError(`unknown profile "${profile}" (one of: ${Object.keys(profiles).join(', ')})`);
    switch (command) {
      case 'check': {
        if (args.length === 0) throw new UsageError('check needs at least one path');
        const ocr = values.ocr !== false && !values['no-ocr'];
        // As many submissions in flight as OCR workers (one per core, at most two by default).
        const concurrency = values.jobs === undefined ? defaultWorkerCount() : Number(values.jobs);
        if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, got "${values.jobs}"`);
        configureOcr({ workers: concurrency });
        return await check(args, { profile, lang, now: values.now, ocr, format, color: useColor(values), concurrency }, out, err);
      }
      case 'explain': {
        if (args.length === 0) throw new UsageError('explain needs the text of a rejection message or a category id');
        return explainCommand(args.join(' '), lang, format, out);
      }
      case 'rules':
        return listRules(profile, lang, format, out);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${visible(error.message)}\n\n${USAGE}`);
      return 2;
    }
    err(visible(error instanceof Error ? error.message : String(error)));
    return 2;
  }
}

interface CheckOptions { profile: string; lang: 'zh-CN' | 'en'; now?: string; ocr: boolean; format: string; color: boolean; concurrency: number }

async function check(paths: string[], o: CheckOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const inputs = await collectSubmissions(paths);
  // Submissions are checked a few at a time, so each OCR worker has an image to read; the output keeps their order.
  const results: Result[] = new Array(inputs.length);
  const unreadable = (error: InputError): Result => {
    err(visible(error.message));
    return { path: error.path, ok: false, profile: o.profile, findings: [], unreadable: error.reason };
  };
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < inputs.length; i = next++) {
      const { path, error } = inputs[i]!;
      if (error) { results[i] = unreadable(error); continue; }
      let submission: unknown;
      try {
        submission = await readSubmission(path);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        results[i] = unreadable(e);
        continue;
      }
      // A linked manifest's files lie beside the manifest it links to.
      const baseDir = dirname(await realpath(path).catch(() => path));
      const report = await validate(submission, { profile: o.profile, lang: o.lang, now: o.now, ocr: o.ocr, baseDir });
      results[i] = { path, ...report };
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(o.concurrency, Math.max(1, inputs.length)) }, worker));
  } finally {
    await shutdown();
  }
  out(o.format === 'json' ? formatJson(results) : o.format === 'junit' ? formatJunit(results) : formatStylish(results, o.profile, o.color, o.lang));
  if (results.some((r) => r.unreadable !== undefined)) return 2;
  return results.some((r) => !r.ok) ? 1 : 0;
}

/** Colour by the flags, then NO_COLOR (any non-empty value, no-color.org), then only when stdout is a terminal. */
function useColor(values: { color?: boolean; 'no-color'?: boolean }): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}

/** Exit 1 when nothing matches (as grep does): a script can tell "no known category" from an explanation. */
function explainCommand(text: string, lang: 'zh-CN' | 'en', format: string, out: (s: string) => void): number {
  const matches = explain(text, categories, rules);
  if (format === 'json') {
    out(JSON.stringify({ query: text, matches }, null, 2));
    return matches.length > 0 ? 0 : 1;
  }
  if (matches.length === 0) {
    out(lang === 'en' ? 'No documented rejection category matches this text.' : '没有与此文字匹配的已知驳回类别。');
    return 1;
  }
  for (const { category, rules: catching } of matches) {
    out(`${category.id}: ${category.title[lang]}`);
    for (const w of category.wording) out(`  ${w.registrar}: ${w.text}`);
    out(`  ${lang === 'en' ? 'causes' : '原因'}: ${category.causes[lang]}`);
    for (const h of category.hints) out(`  ${lang === 'en' ? 'fix' : '修改'}: ${h[lang]}`);
    const list = catching.map((r) => `${r.rule} (${r.codes.join(', ')})`).join('; ');
    out(`  ${lang === 'en' ? 'caught by' : '检查规则'}: ${list || '-'}`);
    out('');
  }
  return 0;
}

function listRules(profileId: string, lang: 'zh-CN' | 'en', format: string, out: (s: string) => void): number {
  const profile = resolveProfile(profileId, new Map(Object.entries(profiles)));
  const rows = rules.map((r) => {
    const setting = profile.rules.get(r.id);
    return {
      rule: r.id,
      enabled: !setting?.off,
      severity: setting?.severity ?? null,
      options: setting?.options ?? {},
      categories: [...new Set(Object.values(r.problems).map((p) => p.category))],
      description: r.description[lang],
    };
  });
  if (format === 'json') {
    out(JSON.stringify({ profile: profile.id, extends: profile.chain, rules: rows }, null, 2));
    return 0;
  }
  out(`${lang === 'en' ? 'profile' : '配置'}: ${profile.chain.join(' → ')}`);
  for (const row of rows) {
    const opts = Object.keys(row.options).length > 0 ? ` ${JSON.stringify(row.options)}` : '';
    const sev = row.severity ? ` severity=${JSON.stringify(row.severity)}` : '';
    out(`${row.enabled ? '●' : '○'} ${row.rule}${sev}${opts}\n    ${row.description}`);
  }
  return 0;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

function defaultLang(): 'zh-CN' | 'en' {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return /^zh/i.test(env) ? 'zh-CN' : 'en';
}

// Output piped into a reader that stops early (`| head`): stop writing, finish the work, keep the exit code.
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});
const code = await main(
  process.argv.slice(2),
  (s) => void (stdoutClosed || process.stdout.write(`${s}\n`)),
  (s) => process.stderr.write(`${s}\n`),
);
process.exitCode = code;
