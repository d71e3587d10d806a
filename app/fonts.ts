import localFont from 'next/font/local';

// Self-hosted (no download at build time): @fontsource's Arabic files cut down to
// the characters news pages use by scripts/make-fonts.ts, 17 KB a weight instead
// of 53 KB. Latin text falls through to the system face. next/font adds
// size-adjusted fallbacks so the swap does not shift the layout.
export const naskh = localFont({
  src: [
    {
      path: './_fonts/naskh-arabic-400.woff2',
      weight: '400',
    },
    {
      path: './_fonts/naskh-arabic-700.woff2',
      weight: '700',
    },
  ],
  variable: '--font-naskh',
  display: 'swap',
  fallback: ['Tahoma', 'Arial', 'sans-serif'],
});
