'use client';

import { useState } from 'react';
import type { EmbedShape } from '@/lib/embeds/providers';

const FRAME_CLASS: Record<EmbedShape, string> = {
  video: 'aspect-video w-full',
  portrait: 'mx-auto h-[640px] w-full max-w-[400px]',
  post: 'mx-auto h-[600px] w-full max-w-[550px]',
  audio: 'h-[175px] w-full',
};

type Props = { src: string; title: string; shape: EmbedShape; children: React.ReactNode };

/**
 * The placeholder (rendered on the server, passed in as children) until the
 * reader asks for the player: only then does the page name a third-party URL,
 * so nothing is requested from the provider and no cookie is set before that.
 */
export function EmbedPlayer({ src, title, shape, children }: Props) {
  const [playing, setPlaying] = useState(false);
  if (!playing)
    return (
      <button
        type="button"
        onClick={() => setPlaying(true)}
        className="block w-full rounded bg-ink text-start text-white focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-brand"
      >
        {children}
      </button>
    );
  return (
    <iframe
      src={src}
      title={title}
      // The click was the reader's consent to this player; focus follows it there.
      ref={(frame) => frame?.focus()}
      allow="autoplay; encrypted-media; picture-in-picture; fullscreen; clipboard-write"
      allowFullScreen
      referrerPolicy="strict-origin-when-cross-origin"
      sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation"
      className={`rounded border-0 bg-ink ${FRAME_CLASS[shape]}`}
    />
  );
}
