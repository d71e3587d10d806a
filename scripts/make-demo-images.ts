// Draws the demo pictures shipped in public/demo (run once; the output is committed).
// Abstract scenes rather than photos: no licence to track and a few KB each.
import path from 'node:path';
import sharp from 'sharp';
import { DEMO_IMAGES, type DemoImage } from '../db/seed/types';

const WIDTH = 1200;
const HEIGHT = 675;

const palettes: Record<DemoImage, [string, string, string]> = {
  summit: ['#7f1d1d', '#b91c1c', '#facc15'],
  parliament: ['#1e3a5f', '#3b6ea5', '#e2e8f0'],
  diplomacy: ['#0f3d3e', '#14746f', '#f1faee'],
  market: ['#052e16', '#15803d', '#bbf7d0'],
  energy: ['#713f12', '#eab308', '#fef9c3'],
  mosque: ['#1e1b4b', '#4338ca', '#fde68a'],
  stadium: ['#14532d', '#22c55e', '#f0fdf4'],
  books: ['#431407', '#c2410c', '#ffedd5'],
  lab: ['#083344', '#0891b2', '#cffafe'],
  city: ['#1f2937', '#6b7280', '#fbbf24'],
  desert: ['#78350f', '#d97706', '#fef3c7'],
  sea: ['#0c4a6e', '#0284c7', '#e0f2fe'],
};

function scene(key: DemoImage): string {
  const [dark, mid, light] = palettes[key];
  const seed = [...key].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  const shapes = Array.from({ length: 9 }, (_, i) => {
    const x = ((seed * (i + 3) * 97) % WIDTH) | 0;
    const w = 60 + ((seed * (i + 1)) % 140);
    const h = 120 + ((seed * (i + 7)) % 320);
    return `<rect x="${x}" y="${HEIGHT - h}" width="${w}" height="${h}" fill="${dark}" opacity="${0.35 + (i % 4) / 10}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${mid}"/><stop offset="1" stop-color="${dark}"/>
    </linearGradient>
    <radialGradient id="sun" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="${light}" stop-opacity="0.95"/><stop offset="1" stop-color="${light}" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#sky)"/>
  <circle cx="${300 + (seed % 600)}" cy="${160 + (seed % 120)}" r="220" fill="url(#sun)"/>
  ${shapes}
  <path d="M0 ${HEIGHT - 90} Q ${WIDTH / 2} ${HEIGHT - 170} ${WIDTH} ${HEIGHT - 90} V ${HEIGHT} H 0 Z" fill="${dark}" opacity="0.85"/>
</svg>`;
}

for (const key of DEMO_IMAGES) {
  const file = path.join('public/demo', `${key}.webp`);
  await sharp(Buffer.from(scene(key)))
    .webp({ quality: 72 })
    .toFile(file);
  console.log('wrote', file);
}
