/** What every part of the studio's form shares: the dispatch, the problems by field, and the site's ids and titles. */
import { createContext, useContext, type Dispatch } from 'react';
import type { EditorAction } from './editor.ts';
import type { StudioCatalogue } from './catalogue.ts';

export interface StudioContext {
  dispatch: Dispatch<EditorAction>;
  /** Problem messages by field id (see fieldId in src/features/studio/editor.ts). */
  problems: ReadonlyMap<string, string[]>;
  catalogue: StudioCatalogue;
}

export const Studio = createContext<StudioContext | null>(null);

export function useStudio(): StudioContext {
  const c = useContext(Studio);
  if (!c) throw new Error('Studio context missing');
  return c;
}
