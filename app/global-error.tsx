'use client';

// What a reader sees when a page fails to render: the portal has no narrower
// error boundary, so every unexpected error ends here. Next's default says it
// in English only; this says it in both editions' languages. Inline styles and
// no imports: Next sends this boundary with every page, and the stylesheet
// belongs to the layout this replaces.
export default function GlobalError() {
  return (
    <html lang="ar" dir="rtl">
      <body style={{ margin: 0, padding: '4rem 1rem', textAlign: 'center', fontFamily: 'system-ui, sans-serif' }}>
        <title>تعذّر عرض هذه الصفحة · This page could not be shown</title>
        <h1>تعذّر عرض هذه الصفحة</h1>
        <p>حدث خطأ غير متوقع من جهتنا. أعد تحميل الصفحة بعد قليل.</p>
        <p lang="en" dir="ltr">
          This page could not be shown because of an error on our side. Reload it in a moment.
        </p>
        <p>
          <button type="button" onClick={() => window.location.reload()} style={{ padding: '0.6rem 1.4rem' }}>
            إعادة التحميل · Reload
          </button>
        </p>
        <p>
          {/* Whole-document loads on purpose: the client router may be what failed. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">الصفحة الرئيسية</a> · <a href="/en">Front page</a>
        </p>
      </body>
    </html>
  );
}
