'use client';

import { useState } from 'react';

export function CopyLinkButton({ url, label, doneLabel }: { url: string; label: string; doneLabel: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(url);
    setCopied(true);
    setTimeout(() => setCopied(false), 2500);
  }
  return (
    <button type="button" onClick={copy} className="outline-button">
      <span aria-live="polite">{copied ? doneLabel : label}</span>
    </button>
  );
}
