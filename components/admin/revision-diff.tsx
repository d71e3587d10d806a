import type { FieldDiff } from '@/lib/revision-diff';

/** Two revisions' words side by side in one run: <ins> for what came in, <del> for what went. */
export function RevisionDiff({
  diffs,
  labels,
}: {
  diffs: FieldDiff[];
  labels: { field: Record<FieldDiff['field'], string>; same: string };
}) {
  if (diffs.length === 0) return <p className="text-muted">{labels.same}</p>;
  return (
    <dl className="space-y-3">
      {diffs.map(({ field, parts }) => (
        <div key={field}>
          <dt className="font-bold">{labels.field[field]}</dt>
          {/* dir="auto": a story's words read in their own direction whatever the desk's language. */}
          <dd className="mt-1 leading-loose" dir="auto" data-testid={`diff-${field}`}>
            {parts.map((part, index) =>
              part.change === 'inserted' ? (
                <ins key={index} className="rounded-sm bg-green-100 px-0.5 text-green-900 underline decoration-2">
                  {part.text}
                </ins>
              ) : part.change === 'deleted' ? (
                <del key={index} className="rounded-sm bg-red-100 px-0.5 text-red-900 line-through decoration-2">
                  {part.text}
                </del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
