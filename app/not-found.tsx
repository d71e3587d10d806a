import Link from 'next/link';
import '@/app/globals.css';

// Only paths the locale proxy does not handle reach this (a missing /demo file,
// an unknown /api route): a plain Arabic 404, since there is no locale layout.
export default function RootNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body className="font-sans">
        <main className="mx-auto max-w-xl py-16 text-center">
          <h1 className="text-3xl font-bold">الصفحة غير موجودة</h1>
          <p className="mt-6">
            <Link href="/" className="font-bold text-brand underline">
              العودة إلى الصفحة الرئيسية
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
