import { articleForEditing, type EditableArticle } from '@/db/queries/editorial';
import { canEditArticle } from './workflow';

export type StoryRefusal = 'notFound' | 'forbidden';

/** A story with everything its form shows, if it exists and this person may edit it. */
export function editableStory(id: number, user: Parameters<typeof canEditArticle>[0]): EditableArticle | StoryRefusal {
  const found = articleForEditing(id);
  if (!found) return 'notFound';
  return canEditArticle(user, found.article) ? found : 'forbidden';
}
