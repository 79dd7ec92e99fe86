import { ruleTester } from '../rule-tester.js';
import { dateStamp, fixture, photographed, watermark } from '../image/defect-overlays.js';

const file = (name: string, data: Uint8Array) => ({ files: [{ name, data: new Uint8Array(data) }] });

ruleTester('image-overlay', {
  valid: [
    { name: 'clean ID card', submission: file('id-front.jpg', fixture('id-front.jpg')) },
    { name: 'clean business license (red seal and title)', submission: file('business-license.jpg', fixture('business-license.jpg')) },
    { name: 'ID back (gold-and-red emblem in a corner)', submission: file('id-back.jpg', fixture('id-back.jpg')) },
    { name: 'a phone-exposed passport', submission: file('passport.jpg', await photographed('passport.jpg')) },
  ],
  invalid: [
    { name: '仅供…使用 watermark over an ID card', submission: file('wm.jpg', await watermark('id-front.jpg')), errors: [{ code: 'watermark', file: 'wm.jpg', severity: 'warning' }] },
    { name: 'faint watermark over a license', submission: file('wm-license.jpg', await watermark('business-license.jpg', 0.2)), errors: [{ code: 'watermark', severity: 'warning' }] },
    { name: 'orange date stamp', submission: file('stamp.jpg', await dateStamp('id-front.jpg')), errors: [{ code: 'date-stamp', severity: 'warning', messageIncludes: 'bottom right' }] },
    { name: 'yellow date stamp on a license', submission: file('stamp-license.jpg', await dateStamp('business-license.jpg', '#ffd200')), errors: [{ code: 'date-stamp' }] },
  ],
});
