import type { Embed } from '@/lib/embeds/parse';
import { embedFrame, type EmbedShape } from '@/lib/embeds/providers';
import { BidiText } from '@/components/ui/bidi-text';
import { EmbedPlayer } from './embed-player';

export type EmbedLabels = { provider: string; play: string; loadsFrom: string; open: string };

const PLACEHOLDER_CLASS: Record<EmbedShape, string> = {
  video: 'aspect-video',
  portrait: 'aspect-[4/5] sm:aspect-video',
  post: 'min-h-48',
  audio: 'min-h-36',
};

/** An embed as readers first meet it: drawn from what the body stores, with no request to the provider. */
export function EmbedBlock({ embed, title, labels }: { embed: Embed; title: string; labels: EmbedLabels }) {
  const frame = embedFrame(embed.provider, embed.id);
  return (
    <figure className="my-6" data-embed-block={embed.provider}>
      <EmbedPlayer src={frame.src} title={`${labels.provider}: ${title}`} shape={frame.shape}>
        <span className={`flex flex-col items-center justify-center gap-3 p-6 ${PLACEHOLDER_CLASS[frame.shape]}`}>
          <span aria-hidden className="flex size-16 items-center justify-center rounded-full bg-brand text-3xl">
            {/* A play triangle points right in every script: media controls are not mirrored. */}
            <svg viewBox="0 0 24 24" className="size-8" fill="currentColor">
              <path d="M8 5v14l11-7z" />
            </svg>
          </span>
          <span className="text-sm font-bold uppercase">
            <span className="sr-only">{labels.play} </span>
            {labels.provider}
          </span>
          <span className="line-clamp-2 max-w-full break-words text-center text-base" dir="auto">
            <BidiText text={title} />
          </span>
        </span>
      </EmbedPlayer>
      <figcaption className="mt-2 flex flex-wrap justify-between gap-x-4 text-sm text-muted">
        <span>{labels.loadsFrom}</span>
        <a href={embed.url} rel="noopener noreferrer nofollow" className="text-brand underline">
          {labels.open}
        </a>
      </figcaption>
    </figure>
  );
}
