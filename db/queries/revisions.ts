import { and, desc, eq } from 'drizzle-orm';
import { db } from '..';
import { articleRevisions, users, type Article } from '../schema';

/** What a revision keeps and a restore brings back: the story's words and pictures, not its place in the workflow. */
export const REVISION_FIELDS = [
  'title',
  'kicker',
  'subtitle',
  'excerpt',
  'body',
  'slug',
  'sectionId',
  'authorId',
  'leadImageId',
  'leadImageCaption',
  'leadImageAlt',
  'seoTitle',
  'seoDescription',
] as const satisfies readonly (keyof Article)[];

export type RevisionContent = Pick<Article, (typeof REVISION_FIELDS)[number]> & {
  tagNames: string[];
  /** Every byline in order; absent from revisions saved before co-authors. */
  authorIds?: number[];
};
/** The status at the time is kept for the history list only. */
export type RevisionSnapshot = RevisionContent & { status: Article['status'] };

type Writer = Pick<typeof db, 'insert'>;

export function recordRevision(tx: Writer, story: Article, tagNames: string[], savedBy: number, authorIds: number[]) {
  const snapshot: RevisionSnapshot = { ...pickContent(story), tagNames, authorIds, status: story.status };
  tx.insert(articleRevisions)
    .values({
      articleId: story.id,
      version: story.version,
      savedAt: story.updatedAt,
      savedBy,
      snapshot: JSON.stringify(snapshot),
    })
    .run();
}

function pickContent(story: Article) {
  return Object.fromEntries(REVISION_FIELDS.map((field) => [field, story[field]])) as Pick<
    Article,
    (typeof REVISION_FIELDS)[number]
  >;
}

/** A story's history, newest first. */
export function revisionsOf(articleId: number) {
  return db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      savedAt: articleRevisions.savedAt,
      savedBy: users.name,
      snapshot: articleRevisions.snapshot,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(articleRevisions.savedBy, users.id))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version))
    .all()
    .map(({ snapshot, ...revision }) => ({ ...revision, snapshot: JSON.parse(snapshot) as RevisionSnapshot }));
}

/** One revision of one story (undefined when it belongs to another story). */
export function revisionContent(articleId: number, revisionId: number): RevisionContent | undefined {
  const row = db
    .select({ snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .get();
  if (!row) return undefined;
  const { status: _status, ...content } = JSON.parse(row.snapshot) as RevisionSnapshot;
  return content;
}
