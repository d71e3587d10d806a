import localFont from 'next/font/local';

// Self-hosted from @fontsource (no download at build time), Arabic subset only:
// Latin text falls through to the system face. next/font adds size-adjusted
// fallbacks so the swap does not shift the layout.
export const naskh = localFont({
  src: [
    {
      path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
      weight: '400',
    },
    {
      path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2',
      weight: '700',
    },
  ],
  variable: '--font-naskh',
  display: 'swap',
  fallback: ['Tahoma', 'Arial', 'sans-serif'],
});
