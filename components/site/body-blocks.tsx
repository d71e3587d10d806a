import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { splitBody } from '@/lib/body-blocks';
import { isolateLatinInHtml } from '@/lib/bidi';
import { EmbedBlock } from './embed-block';
import { GalleryBlock } from './gallery-block';
import { PhotoCaption } from './photo-caption';
import { ResponsiveImage } from './responsive-image';

const BODY_CLASS = 'article-body mt-6';

/** A sanitised story body: its HTML as HTML, its embeds, galleries and captioned pictures as components. */
export async function BodyBlocks({ html, locale }: { html: string; locale: Locale }) {
  const blocks = splitBody(html);
  if (blocks.every((block) => block.kind === 'html'))
    return <div className={BODY_CLASS} dangerouslySetInnerHTML={{ __html: isolateLatinInHtml(html) }} />;
  const [t, tArticle] = await Promise.all([
    getTranslations({ locale, namespace: 'Embeds' }),
    getTranslations({ locale, namespace: 'Article' }),
  ]);
  return (
    <div className={BODY_CLASS}>
      {blocks.map((block, index) => {
        if (block.kind === 'html')
          return (
            <div
              key={index}
              className="contents"
              dangerouslySetInnerHTML={{ __html: isolateLatinInHtml(block.html) }}
            />
          );
        if (block.kind === 'gallery')
          return (
            <GalleryBlock
              key={index}
              pictures={block.pictures}
              labels={{
                gallery: t('gallery'),
                previous: t('previous'),
                next: t('next'),
                of: t('of'),
                credit: tArticle('photoCredit'),
              }}
            />
          );
        if (block.kind === 'figure')
          return (
            <figure key={index} className="my-6">
              <ResponsiveImage
                image={block.picture}
                sizes="(min-width: 1024px) 760px, 100vw"
                className="h-auto w-full rounded"
              />
              <PhotoCaption
                caption={block.picture.caption}
                credit={block.picture.credit}
                creditLabel={tArticle('photoCredit')}
              />
            </figure>
          );
        const provider = t(`providers.${block.provider}`);
        return (
          <EmbedBlock
            key={index}
            embed={block}
            title={block.title}
            labels={{
              provider,
              play: t('play'),
              loadsFrom: t('loadsFrom', { provider }),
              open: t('open', { provider }),
            }}
          />
        );
      })}
    </div>
  );
}
