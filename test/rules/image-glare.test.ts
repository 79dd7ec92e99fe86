import { ruleTester } from '../rule-tester.js';
import { fixture, glare, paintOver, photographed } from '../image/defect-overlays.js';
import { PHOTO_SET, renderPhoto } from '../../scripts/photos/index.mjs';

const file = (name: string, data: Uint8Array) => ({ files: [{ name, data: new Uint8Array(data) }] });
/** A photo of the generator's set, rendered here. */
const photo = async (id: string) => (await renderPhoto(PHOTO_SET.find((p) => p.id === id)!)).buffer as Uint8Array;

ruleTester('image-glare', {
  valid: [
    { name: 'clean scan (near-white paper)', submission: file('id-front.jpg', fixture('id-front.jpg')) },
    { name: 'phone-exposed ID card', submission: file('photo.jpg', await photographed('id-front.jpg')) },
    { name: 'phone-exposed license', submission: file('photo-license.jpg', await photographed('business-license.jpg')) },
    { name: 'a hard-edged white patch is print, not a reflection', submission: file('label.jpg', await paintOver('id-front.jpg', { left: 0.3, top: 0.35, width: 0.12, height: 0.18 }, '#ffffff').then(async (b) => b)) },
  ],
  invalid: [
    { name: 'highlight over the text of an ID card', submission: file('glare.jpg', await glare('id-front.jpg')), errors: [{ code: 'glare', file: 'glare.jpg', severity: 'warning' }] },
    { name: 'photo with a long, narrow highlight over the text', submission: file('glare-long.jpg', await photo('glare-3')), errors: [{ code: 'glare' }] },
    { name: 'highlight over a license', submission: file('glare-license.jpg', await glare('business-license.jpg', 0.5, 0.5, 0.07)), errors: [{ code: 'glare' }] },
  ],
});
