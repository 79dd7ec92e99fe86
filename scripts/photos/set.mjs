// PHOTO_SET: the benchmark photos. Acceptable photos vary the document, surface, framing, tilt, resolution and holder;
// each defect class has at least three photos. Everything is derived from fixed seeds, so the set is the same on
// every run.
import { rng } from '../prng.mjs';
import { BACKGROUNDS } from './backgrounds.mjs';
import { HOLDERS } from './documents.mjs';

const HOLDER_POOL = {
  'id-front': HOLDERS.individual, 'id-back': [], passport: HOLDERS.passport,
  'business-license': HOLDERS.organization, 'business-license-portrait': HOLDERS.organization,
  'uscc-certificate': HOLDERS.organization, 'org-code-certificate': HOLDERS['org-code'],
};

/** Acceptable photos: a registrar would take every one of them. */
function acceptable() {
  const r = rng(2026);
  const plan = [['id-front', 18], ['id-back', 6], ['business-license', 9], ['business-license-portrait', 7], ['uscc-certificate', 6], ['org-code-certificate', 6], ['passport', 7]];
  const mps = [2, 3, 5, 8, 3, 12, 5, 2, 8, 4];
  const out = [];
  let n = 0;
  for (const [document, count] of plan) {
    for (let i = 0; i < count; i++, n++) {
      const fill = i % 4 === 3;
      const megapixels = mps[n % mps.length];
      const pool = HOLDER_POOL[document];
      const holder = pool.length && i % 2 === 1 ? pool[(i >> 1) % pool.length] : undefined;
      out.push({
        id: `ok-${document}-${i + 1}`, document, seed: 100 + n,
        background: fill ? 'scanner-bed' : BACKGROUNDS[n % BACKGROUNDS.length],
        fill, tilt: fill ? 0 : Math.round((r() - 0.5) * 20 * 10) / 10, perspective: fill ? 0 : Math.round(r() * 0.35 * 100) / 100,
        shadow: Math.round((0.2 + r() * 0.7) * 100) / 100, glare: i % 3 === 0 ? 0.2 : 0,
        noise: megapixels >= 8 ? 3 : 2 + Math.round(r() * 4), defocus: Math.round(r() * 0.8 * 10) / 10,
        jpegQuality: megapixels >= 8 ? 80 + Math.round(r() * 6) : 80 + Math.round(r() * 12),
        documentFraction: Math.round((0.5 + r() * 0.35) * 100) / 100,
        megapixels, rotate: 0, defects: [], ...(holder ? { holder } : {}),
      });
    }
  }
  return out;
}

/** Three or more photos of every defect class, on varied documents and surfaces. */
function defective() {
  const base = (id, document, seed, extra) => ({
    id, document, seed, background: BACKGROUNDS[seed % BACKGROUNDS.length], tilt: ((seed * 37) % 13) - 6, perspective: 0.15,
    shadow: 0.5, noise: 3, jpegQuality: 86, megapixels: 3, rotate: 0, defects: [], ...extra,
  });
  const each = (defect, cases) => cases.map(([document, extra = {}], i) => base(`${defect}-${i + 1}`, document, 500 + defect.length * 10 + i, { defects: [defect], ...extra }));
  return [
    ...each('cut-edge', [['id-front', { cutSides: ['left'] }], ['business-license', { cutSides: ['right', 'bottom'] }], ['id-front', { cutSides: ['bottom'], background: 'light-table' }], ['passport', { cutSides: ['top'] }]]),
    ...each('border-cropped', [['business-license'], ['business-license-portrait'], ['uscc-certificate'], ['id-front']]),
    ...each('two-sides', [['id-front', { background: 'scanner-bed', tilt: 0, perspective: 0 }], ['id-front', { background: 'white-table' }], ['id-front', { background: 'wood', megapixels: 5 }]]),
    ...each('no-document', [['id-front', { background: 'cloth', noise: 40 }], ['id-front', { background: 'wood', noise: 60 }], ['id-front', { background: 'dark-table', noise: 80 }]]),
    ...[90, 270, 90].map((rotate, i) => base(`rotated-90-${i + 1}`, ['id-front', 'business-license', 'passport'][i], 600 + i, { rotate })),
    ...[180, 180, 180].map((rotate, i) => base(`rotated-180-${i + 1}`, ['id-front', 'business-license-portrait', 'uscc-certificate'][i], 610 + i, { rotate })),
    ...each('low-document-resolution', [['id-front', { megapixels: 12 }], ['business-license', { megapixels: 8, documentWidth: 480 }], ['passport', { megapixels: 8 }]]),
    ...each('watermark', [['id-front'], ['business-license', { defects: [{ id: 'watermark', style: 'logo' }] }], ['id-front', { defects: [{ id: 'watermark', colour: '#c0392b', opacity: 0.3 }] }], ['business-license-portrait']]),
    ...each('date-stamp', [['id-front'], ['business-license', { defects: [{ id: 'date-stamp', text: '2025/03/08 09:12' }] }], ['passport', { megapixels: 5 }]]),
    ...each('glare', [['id-front'], ['business-license', { defects: [{ id: 'glare', area: 'name' }] }], ['id-front', { defects: [{ id: 'glare', area: 'text' }], background: 'dark-table' }]]),
    ...each('covered', [['id-front', { defects: [{ id: 'covered', style: 'finger' }] }], ['business-license', { defects: [{ id: 'covered', style: 'sticky-note' }] }], ['id-front', { defects: [{ id: 'covered', style: 'sticky-note', area: 'name' }] }], ['passport', { defects: [{ id: 'covered', style: 'shape' }] }]]),
    ...each('smeared', [['id-front'], ['business-license', { defects: [{ id: 'smeared', area: 'number' }] }], ['passport']]),
    ...each('seal-missing', [['business-license'], ['business-license-portrait'], ['uscc-certificate'], ['org-code-certificate']]),
    ...each('emblem-missing', [['id-back'], ['id-back', { background: 'wood' }], ['id-back', { fill: true, background: 'scanner-bed' }]]),
    ...each('upscaled', [['id-front'], ['business-license'], ['id-front', { fill: true, background: 'scanner-bed' }]]),
    ...each('mosaic', [['id-front'], ['business-license'], ['id-front', { defects: [{ id: 'mosaic', area: 'whole' }] }], ['passport', { defects: [{ id: 'mosaic', area: 'whole' }] }]]),
    ...each('blurred', [['id-front'], ['business-license'], ['passport', { megapixels: 5 }]]),
    ...each('text-blurred', [['id-front'], ['business-license'], ['uscc-certificate']]),
    ...['driving-licence', 'social-security-card', 'household-register', 'driving-licence'].map((document, i) => base(`wrong-kind-${i + 1}`, document, 700 + i, { tilt: 3 - i * 2 })),
    ...[0, 1, 2].map((i) => base(`blank-back-${i + 1}`, 'blank-back', 720 + i, i === 2 ? { fill: true, background: 'scanner-bed' } : {})),
  ];
}

export const PHOTO_SET = [...acceptable(), ...defective()];
