// Markdown tables of the photo benchmark: summary against the targets, precision and recall per rule:code, and the
// photos behind every miss, so each owner sees what to fix.
const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);
const key = (f) => `${f.rule}:${f.code}`;
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] : NaN;
};

/** What a photo must produce under `profile`: its truth, plus the byte-size finding its file size calls for. */
function expected(t, profile, maxBytes) {
  const e = new Set((t.expect ?? []).map(key));
  if (t.bytes > maxBytes[profile]) e.add('file-size:too-large');
  return e;
}

const NUMBER_CODES = new Set(['number-mismatch', 'license-number-not-uscc']);
const NAME_CODES = new Set(['holder-name-not-found', 'holder-name-mismatch']);
const caught = (findings, codes) => findings?.some((f) => f.rule === 'certificate-image-text' && codes.has(f.code));

export function report(results, { profiles, maxBytes, header }) {
  const lines = [`# Photo accuracy benchmark\n`, header, ''];
  const first = profiles[0];
  const acceptable = results.filter((r) => r.truth.acceptable);
  // Error findings on acceptable photos, per profile.
  const falseErrors = Object.fromEntries(profiles.map((p) => [p, acceptable.flatMap((r) => {
    const e = expected(r.truth, p, maxBytes);
    return r.runs[p].same.filter((f) => f.severity === 'error' && !e.has(key(f))).map((f) => ({ id: r.truth.id, f }));
  })]));
  // OCR reading.
  const legible = results.filter((r) => r.truth.legible && r.truth.number);
  const legibleOk = legible.filter((r) => r.truth.acceptable);
  const readRight = (rs) => rs.filter((r) => r.reading?.number === r.truth.number).length;
  const withDoc = results.filter((r) => r.truth.kind && r.truth.kind !== 'unknown' && !r.truth.defects.includes('no-document'));
  const kindRight = withDoc.filter((r) => r.reading?.kind === r.truth.kind).length;
  const sided = withDoc.filter((r) => r.truth.side);
  const sideRight = sided.filter((r) => r.reading?.kind === r.truth.kind && r.reading?.side === r.truth.side).length;
  const ms = results.map((r) => r.reading?.ms).filter((x) => x !== undefined);
  const numberCaught = legibleOk.filter((r) => caught(r.runs[first].number, NUMBER_CODES));
  const numberCaughtErr = legibleOk.filter((r) => r.runs[first].number?.some((f) => NUMBER_CODES.has(f.code) && f.severity === 'error'));
  const nameCaught = legibleOk.filter((r) => caught(r.runs[first].name, NAME_CODES));
  const invalidChanged = legibleOk.filter((r) => r.changedNumberValid === false).map((r) => r.truth.id);
  lines.push('| measure | result | target |', '| --- | --- | --- |');
  for (const p of profiles) lines.push(`| error findings on acceptable photos (${p}) | ${falseErrors[p].length} on ${new Set(falseErrors[p].map((x) => x.id)).size} of ${acceptable.length} photos | 0 |`);
  lines.push(
    `| number read exactly, legible acceptable photos | ${pct(readRight(legibleOk), legibleOk.length)} | ≥95% |`,
    `| number read exactly, all legible photos | ${pct(readRight(legible), legible.length)} | |`,
    `| changed valid number caught (${first}, any severity) | ${pct(numberCaught.length, legibleOk.length)} | ≥90% |`,
    `| changed valid number caught as an error | ${pct(numberCaughtErr.length, legibleOk.length)} | |`,
    `| changed name caught (${first}) | ${pct(nameCaught.length, legibleOk.length)} | ≥90% |`,
    `| kind right (photos of a document) | ${pct(kindRight, withDoc.length)} | |`,
    `| side right (identity cards) | ${pct(sideRight, sided.length)} | |`,
    `| OCR per image, median / p90 | ${Math.round(quantile(ms, 0.5))} / ${Math.round(quantile(ms, 0.9))} ms (${ms.length} images) | median < 1000 ms |`,
  );
  if (invalidChanged.length) lines.push('', `Changed numbers the library itself rejects (a bench bug): ${invalidChanged.join(', ')}`);

  // OCR per document, over the legible photos (acceptable or not: the reading runs on every photo).
  const docs = [...new Set(results.map((r) => r.truth.document))];
  lines.push('', '## OCR per document (legible photos)', '', '| document | legible photos | number read exactly | kind right | median ms |', '| --- | ---: | ---: | ---: | ---: |');
  for (const d of docs) {
    const rs = results.filter((r) => r.truth.document === d);
    const leg = rs.filter((r) => r.truth.legible && r.truth.number);
    const kinded = rs.filter((r) => r.truth.kind && r.truth.kind !== 'unknown' && !r.truth.defects.includes('no-document'));
    const kindOk = kinded.filter((r) => r.reading?.kind === r.truth.kind).length;
    const med = quantile(rs.map((r) => r.reading?.ms).filter((x) => x !== undefined), 0.5);
    lines.push(`| ${d} | ${leg.length} | ${leg.length ? pct(readRight(leg), leg.length) : '-'} | ${kinded.length ? pct(kindOk, kinded.length) : '-'} | ${Number.isNaN(med) ? '-' : Math.round(med)} |`);
  }

  // Precision and recall per rule:code, only where the truth says what to expect.
  const judged = results.filter((r) => r.truth.expect);
  for (const p of profiles) {
    if (judged.length === 0) break;
    const stats = new Map();
    const stat = (k) => stats.get(k) ?? stats.set(k, { expected: 0, tp: 0, tpError: 0, fp: 0, fpError: 0, fpOk: 0, fpIds: [], fnIds: [] }).get(k);
    for (const r of judged) {
      const e = expected(r.truth, p, maxBytes), found = r.runs[p].same;
      const foundKeys = new Set(found.map(key));
      for (const k of e) {
        const s = stat(k);
        s.expected++;
        if (foundKeys.has(k)) { s.tp++; if (found.some((f) => key(f) === k && f.severity === 'error')) s.tpError++; } else s.fnIds.push(r.truth.id);
      }
      for (const k of foundKeys) {
        if (e.has(k)) continue;
        const s = stat(k);
        s.fp++; s.fpIds.push(r.truth.id);
        if (r.truth.acceptable) s.fpOk++;
        if (found.some((f) => key(f) === k && f.severity === 'error')) s.fpError++;
      }
    }
    lines.push('', `## Per rule:code, ${p} (form as the document says, ${judged.length} photos)`, '',
      'Not expected = reported where the truth does not ask for it (on acceptable photos, or on a photo with another defect).', '',
      '| rule:code | expected | caught (as error) | recall | not expected (as error) | of which on acceptable | precision | missed on / not expected on |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const [k, s] of [...stats].sort((a, b) => a[0].localeCompare(b[0]))) {
      const recall = s.expected ? `${Math.round((100 * s.tp) / s.expected)}%` : '';
      const precision = s.tp + s.fp ? `${Math.round((100 * s.tp) / (s.tp + s.fp))}%` : '';
      const who = [s.fnIds.length ? `missed: ${s.fnIds.join(', ')}` : '', s.fpIds.length ? `not expected: ${s.fpIds.slice(0, 8).join(', ')}${s.fpIds.length > 8 ? ` +${s.fpIds.length - 8}` : ''}` : ''].filter(Boolean).join('; ');
      lines.push(`| ${k} | ${s.expected} | ${s.tp} (${s.tpError}) | ${recall} | ${s.fp} (${s.fpError}) | ${s.fpOk} | ${precision} | ${who} |`);
    }
  }
  // Photos without a truth of what to expect (a cases.json folder): every finding, per photo.
  const open = results.filter((r) => !r.truth.expect);
  if (open.length) {
    lines.push('', `## Findings per photo (${first}, form as the document says)`, '', '| photo | registrar would accept | findings |', '| --- | --- | --- |');
    for (const r of open) lines.push(`| ${r.truth.id} | ${r.truth.acceptable ? 'yes' : 'no'} | ${r.runs[first].same.map((f) => `${key(f)} (${f.severity})`).join(', ') || 'none'} |`);
  }
  for (const p of profiles) {
    if (falseErrors[p].length === 0) continue;
    lines.push('', `## Error findings on acceptable photos (${p})`, '');
    for (const { id, f } of falseErrors[p]) lines.push(`- ${id}: ${key(f)}: ${f.message}`);
  }
  const misread = legible.filter((r) => r.reading?.number !== r.truth.number);
  if (misread.length) {
    lines.push('', '## Legible photos whose number OCR did not read exactly', '', '| photo | kind read | number read | truth |', '| --- | --- | --- | --- |');
    for (const r of misread) lines.push(`| ${r.truth.id} | ${r.reading?.kind ?? '-'}${r.reading?.side ? `/${r.reading.side}` : ''} | ${r.reading?.number ?? '-'} | ${r.truth.number} |`);
  }
  const uncaught = legibleOk.filter((r) => !numberCaught.includes(r) || !nameCaught.includes(r));
  if (uncaught.length) {
    lines.push('', `## Acceptable legible photos where a changed number or name went unnoticed (${first})`, '');
    for (const r of uncaught) {
      const what = [!numberCaught.includes(r) ? `number: ${r.runs[first].number.map(key).join(', ') || 'no finding'}` : '', !nameCaught.includes(r) ? `name: ${r.runs[first].name.map(key).join(', ') || 'no finding'}` : ''].filter(Boolean);
      lines.push(`- ${r.truth.id}: ${what.join('; ')}`);
    }
  }
  return lines.join('\n');
}
