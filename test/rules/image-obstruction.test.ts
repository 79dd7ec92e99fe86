import { ruleTester } from '../rule-tester.js';
import { finger, fixture, smear, stickyNote } from '../image/defect-overlays.js';
import { PHOTO_SET, renderPhoto } from '../../scripts/photos/index.mjs';

const file = (name: string, data: Uint8Array) => ({ files: [{ name, data: new Uint8Array(data) }] });
/** A photo of the generator's set, rendered here. */
const photo = async (id: string) => (await renderPhoto(PHOTO_SET.find((p) => p.id === id)!)).buffer as Uint8Array;

ruleTester('image-obstruction', {
  valid: [
    { name: 'ID card front (its own flat portrait box)', submission: file('id-front.jpg', fixture('id-front.jpg')) },
    { name: 'ID card back (red emblem)', submission: file('id-back.jpg', fixture('id-back.jpg')) },
    { name: 'business license (QR code, red seal)', submission: file('business-license.jpg', fixture('business-license.jpg')) },
    { name: 'noisy phone photo', submission: file('noisy.jpg', fixture('id-front-ocr-noisy.jpg')) },
    { name: 'blurred all over is image-clarity\'s, not a smudge', submission: file('blurred.jpg', fixture('id-front-blurred.jpg')) },
    // A coloured header band along a whole side is the card's own design.
    { name: 'photo of a social security card (blue header band)', submission: file('band.jpg', await photo('wrong-kind-2')) },
  ],
  invalid: [
    { name: 'finger over the bottom edge', submission: file('finger.jpg', await finger('id-front.jpg')), errors: [{ code: 'covered', file: 'finger.jpg', severity: 'error' }] },
    { name: 'photo of a passport with a dark block reaching in from its side', submission: file('shape.jpg', await photo('covered-4')), errors: [{ code: 'covered', severity: 'error' }] },
    { name: 'sticky note over a license', submission: file('note.jpg', await stickyNote('business-license.jpg')), errors: [{ code: 'covered', severity: 'error' }] },
    { name: 'smudged address', submission: file('smear.jpg', await smear('id-front.jpg', { left: 0.15, top: 0.25, width: 0.35, height: 0.3 })), errors: [{ code: 'smeared', severity: 'warning' }] },
    { name: 'smudged license fields', submission: file('smear-license.jpg', await smear('business-license.jpg', { left: 0.2, top: 0.4, width: 0.3, height: 0.25 })), errors: [{ code: 'smeared' }] },
  ],
});
