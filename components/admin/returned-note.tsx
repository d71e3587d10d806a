/** An editor's review note: who sent the story back and when, then the note as typed (plain text, its lines kept). */
export function ReturnedNote({ heading, text }: { heading: string; text: string }) {
  return (
    <div data-testid="review-note">
      <p className="text-sm font-bold">{heading}</p>
      <p className="whitespace-pre-line" dir="auto">
        {text}
      </p>
    </div>
  );
}
