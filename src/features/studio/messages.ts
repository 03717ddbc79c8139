/**
 * Messages between the studio, its presenter window and the speaker notes window, sent
 * by postMessage inside this browser (and only accepted from this site's own origin).
 * The draft goes window to window; it is never stored or sent anywhere.
 */
export type StudioMessage =
  /** From a window that has opened and is waiting for the draft. */
  | { kind: 'studio-ready' }
  /** The draft, as data: the receiver checks it against the schema before using it. */
  | { kind: 'studio-draft'; draft: unknown };

export function isStudioMessage(data: unknown): data is StudioMessage {
  if (typeof data !== 'object' || data === null) return false;
  const kind = (data as { kind?: unknown }).kind;
  return kind === 'studio-ready' || (kind === 'studio-draft' && 'draft' in data);
}

/** The name the studio's presenter view and notes use for their BroadcastChannel. */
export const STUDIO_SCENARIO_ID = 'studio-draft';
