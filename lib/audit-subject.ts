/** What an audit row is about, read from its subject ("article:12", "user:3", "section:world", "tag:<name>", "settings"). */
export type AuditSubject =
  { kind: 'article' | 'user' | 'section' | 'tag'; key: string } | { kind: 'settings' } | { kind: 'other'; raw: string };

export function parseAuditSubject(subject: string): AuditSubject {
  const [kind, key] = subject.split(/:(.*)/s, 2);
  if ((kind === 'article' || kind === 'user' || kind === 'section' || kind === 'tag') && key) return { kind, key };
  if (subject === 'settings') return { kind: 'settings' };
  return { kind: 'other', raw: subject };
}
