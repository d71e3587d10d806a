import { DocumentLink } from '@/i18n/document-link';
import '@/app/globals.css';

// Only paths the locale proxy does not handle reach this (a missing /demo file,
// an unknown /api route): a plain Arabic 404, since there is no locale layout.
// The reader pages' plain link, not next/link: Next sends this boundary in every
// page's payload, and next/link's code would be a script every page loads for it.
export default function RootNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body className="font-sans">
        <main className="mx-auto max-w-xl py-16 text-center">
          <h1 className="text-3xl font-bold">الصفحة غير موجودة</h1>
          <p className="mt-6">
            <DocumentLink href="/" locale="ar" className="font-bold text-brand underline">
              العودة إلى الصفحة الرئيسية
            </DocumentLink>
          </p>
        </main>
      </body>
    </html>
  );
}
