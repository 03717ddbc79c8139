/**
 * The presenter view for a studio draft: the site's own Presenter island, given the
 * draft that the studio window sends by postMessage. Messages are accepted only from
 * this site's origin, and the draft only if it passes the scenario schema. The speaker
 * notes window asks this window for the draft the same way, then follows it over the
 * presenter's BroadcastChannel. Nothing is stored.
 */
import './no-eval.ts';
import { useEffect, useRef, useState } from 'react';
import { isStudioMessage, STUDIO_SCENARIO_ID, type StudioMessage } from './messages.ts';
import type { ContactRef } from '../../schemas/contact.ts';
import { scenarioSchema, type Scenario } from '../../schemas/scenario.ts';
import Presenter from '../training/presenter/Presenter.tsx';

interface Props {
  guidance: Record<string, string>;
  contacts: Record<string, ContactRef>;
}

export default function StudioPresenter({ guidance, contacts }: Props) {
  const [scenario, setScenario] = useState<Scenario | undefined>();
  const [version, setVersion] = useState(0);
  const [note, setNote] = useState('Waiting for the draft from the scenario studio…');
  const raw = useRef<unknown>(undefined);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || !isStudioMessage(event.data)) return;
      const message = event.data;
      if (message.kind === 'studio-draft' && event.source === window.opener) {
        const parsed = scenarioSchema.safeParse(message.draft);
        if (!parsed.success) {
          setNote('The draft does not pass the scenario checks. Fix it in the studio and press “Open the presenter view” again.');
          return;
        }
        raw.current = message.draft;
        setScenario(parsed.data);
        setVersion((v) => v + 1);
        setNote('');
      } else if (message.kind === 'studio-ready' && event.source && event.source !== window.opener && raw.current !== undefined) {
        // The speaker notes window, opened from this one.
        (event.source as Window).postMessage({ kind: 'studio-draft', draft: raw.current } satisfies StudioMessage, location.origin);
      }
    };
    window.addEventListener('message', onMessage);
    (window.opener as Window | null)?.postMessage({ kind: 'studio-ready' } satisfies StudioMessage, location.origin);
    if (!window.opener)
      setNote('Open this page from the scenario studio’s “Open the presenter view” button: it shows the draft you are writing there.');
    return () => window.removeEventListener('message', onMessage);
  }, []);

  if (!scenario) {
    return (
      <p className="presenter__status" role="status">
        {note}
      </p>
    );
  }
  return (
    <Presenter
      key={version}
      scenarioId={STUDIO_SCENARIO_ID}
      scenario={scenario}
      guidance={guidance}
      contacts={contacts}
      notesHref="/training/studio/notes/"
    />
  );
}
