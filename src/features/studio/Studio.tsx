/**
 * The scenario studio: trainers write, check, try and run their own cases in the
 * browser. A thin shell over a pure reducer (src/features/studio/editor.ts); the checks are
 * the build's own (src/rules/scenario/check-text.ts, through src/features/studio/check.ts).
 * Nothing is sent or stored: the draft lives in this page until the trainer saves a file.
 */
import './no-eval.ts';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type DragEvent } from 'react';
import { knownFromCatalogue, refsFromCatalogue, type StudioCatalogue } from './catalogue.ts';
import { checkDraft, checkStudioText, type DraftCheck } from './check.ts';
import { editorReducer, fieldId, fieldPath, initialEditorState } from './editor.ts';
import { isStudioMessage, type StudioMessage } from './messages.ts';
import { blankTemplate } from './template.ts';
import { fileName, fromYaml } from './yaml.ts';
import { longestPathSteps, strongestPath } from '../scenarios/paths.ts';
import ScenarioPlayer from '../scenarios/ScenarioPlayer.tsx';
import { Studio as StudioContext } from './context.ts';
import Form from './form/Form.tsx';
import StudioMap from './Map.tsx';

interface Props {
  catalogue: StudioCatalogue;
}

/** How long after the last edit the checks run. */
const CHECK_DELAY_MS = 250;

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLTextAreaElement ||
  (t instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'file'].includes(t.type)) ||
  (t instanceof HTMLElement && t.isContentEditable);

/** Undo or Redo: disabled when there is nothing to undo or redo, and named with its keys. */
function HistoryButton({ label, disabled, onClick, keys }: { label: string; disabled: boolean; onClick: () => void; keys: string }) {
  return (
    <button type="button" className="button button--secondary" disabled={disabled} onClick={onClick} aria-keyshortcuts={keys}>
      {label}
    </button>
  );
}

export default function Studio({ catalogue }: Props) {
  const [state, dispatch] = useReducer(editorReducer, undefined, () => initialEditorState(blankTemplate(), 'the blank template'));
  const known = useMemo(() => knownFromCatalogue(catalogue), [catalogue]);
  const refs = useMemo(() => refsFromCatalogue(catalogue), [catalogue]);
  const [check, setCheck] = useState<DraftCheck & { version: number; ms: number }>(() => ({
    ...checkDraft(state.draft, known),
    version: 0,
    ms: 0,
  }));
  const [message, setMessage] = useState('');
  const [openError, setOpenError] = useState<string[]>([]);
  const [chosen, setChosen] = useState(catalogue.scenarios[0]?.id ?? '');
  const [presentNote, setPresentNote] = useState('');
  const version = useRef(0);
  const presenter = useRef<Window | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  // Check as you go: the build's own checks, a moment after the last edit.
  const draft = state.draft;
  useEffect(() => {
    const v = ++version.current;
    const id = setTimeout(() => {
      const t = performance.now();
      const result = checkDraft(draft, known);
      setCheck({ ...result, version: v, ms: Math.round(performance.now() - t) });
    }, CHECK_DELAY_MS);
    return () => clearTimeout(id);
  }, [draft, known]);

  // The same map while the problems are the same, so the fields are not redrawn for nothing.
  const problemsKey = JSON.stringify(check.problems);
  const problems = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const p of check.problems) {
      const id = fieldId(fieldPath(p.path));
      map.set(id, [...(map.get(id) ?? []), p.message]);
    }
    return map;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problemsKey]);
  const context = useMemo(() => ({ dispatch, problems, catalogue }), [problems, catalogue]);

  // Undo and redo from the keyboard, except while typing (the field's own undo works there).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) dispatch({ type: 'undo' });
      else if ((key === 'z' && e.shiftKey) || key === 'y') dispatch({ type: 'redo' });
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // A warning before leaving with unsaved changes.
  useEffect(() => {
    if (!state.dirty) return;
    const onLeave = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [state.dirty]);

  const loadText = useCallback(
    (text: string, source: string, name = 'scenario.yaml') => {
      try {
        dispatch({ type: 'load', draft: fromYaml(text), source });
        setOpenError([]);
        setMessage(`Opened ${source}. You can undo this with the Undo button.`);
      } catch (error) {
        // What the build would say about the file, in its words; else why it is not a scenario.
        const build = checkStudioText(text, `content/scenarios/${name}`, known).map((p) => p.message);
        setOpenError([`Could not open ${source}.`, ...(build.length > 0 ? build : [(error as Error).message])]);
        setMessage('');
      }
    },
    [known],
  );

  const openFile = useCallback(
    (file: File | undefined) => {
      if (!file) return;
      void file.text().then((text) => loadText(text, `the file ${file.name}`, file.name));
    },
    [loadText],
  );

  const openSiteScenario = useCallback(async () => {
    const entry = catalogue.scenarios.find((s) => s.id === chosen);
    if (!entry) return;
    setMessage(`Opening “${entry.title}”…`);
    try {
      const response = await fetch(`/training/studio/scenarios/${entry.id}.json`);
      const { text } = (await response.json()) as { text: string };
      loadText(text, `the site’s scenario “${entry.title}”`, `${entry.id}.yaml`);
    } catch {
      setMessage(`“${entry.title}” could not be opened. Check your connection and try again.`);
    }
  }, [catalogue, chosen, loadText]);

  const save = useCallback(() => {
    const result = checkDraft(state.draft, known);
    const url = URL.createObjectURL(new Blob([result.text], { type: 'application/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName(state.draft);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    dispatch({ type: 'saved' });
    setMessage(
      result.problems.length === 0
        ? `Saved as ${a.download}. Send it to the site’s maintainers to add it to the site.`
        : `Saved as ${a.download}, with ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problems'} still to fix before the site can use it.`,
    );
  }, [state.draft, known]);

  // The presenter window asks for the draft when it opens, and gets it again on every Present.
  const sendDraft = useCallback(
    (to: Window) => {
      to.postMessage({ kind: 'studio-draft', draft: state.draft } satisfies StudioMessage, location.origin);
    },
    [state.draft],
  );
  const latestSend = useRef(sendDraft);
  latestSend.current = sendDraft;
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || !isStudioMessage(event.data) || event.data.kind !== 'studio-ready') return;
      if (event.source && event.source === presenter.current) latestSend.current(event.source as Window);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  const present = () => {
    if (!check.scenario) {
      setPresentNote('Fix the problems listed at the top first: the presenter view needs a scenario that passes every check.');
      return;
    }
    const open = presenter.current && !presenter.current.closed ? presenter.current : null;
    if (open) {
      sendDraft(open);
      open.focus();
      setPresentNote('The presenter view has the latest draft.');
      return;
    }
    presenter.current = window.open('/training/studio/present/', 'studio-presenter');
    setPresentNote(
      presenter.current
        ? 'The presenter view is open in another window. Open its speaker notes from there.'
        : 'The browser blocked the new window. Allow pop-ups for this site and try again.',
    );
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    openFile(e.dataTransfer.files[0]);
  };

  // Move focus to the summary when the trainer asks to see the problems.
  const showProblems = () => summary.current?.focus();

  const shape = useMemo(
    () => (check.scenario ? { longest: longestPathSteps(check.scenario), strongest: strongestPath(check.scenario) } : undefined),
    [check.scenario],
  );

  return (
    <StudioContext.Provider value={context}>
      <div className="studio" data-studio-ready="">
        <section className="studio-start" aria-labelledby="studio-start-heading">
          <h2 id="studio-start-heading">Start</h2>
          <p>
            Now editing: {state.source}. {state.dirty ? <strong>Unsaved changes.</strong> : 'No unsaved changes.'}
          </p>
          <div className="studio-start__options">
            <div>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  dispatch({ type: 'load', draft: blankTemplate(), source: 'the blank template' });
                  setOpenError([]);
                  setMessage('Started from the blank template. You can undo this with the Undo button.');
                }}
              >
                Start from the blank template
              </button>
            </div>
            <div className="studio-field">
              <label htmlFor="studio-site-scenario">A scenario from this site</label>
              <select id="studio-site-scenario" value={chosen} onChange={(e) => setChosen(e.target.value)}>
                {catalogue.scenarios.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
              <button type="button" className="button button--secondary" onClick={() => void openSiteScenario()}>
                Open this scenario
              </button>
            </div>
            <div className="studio-field studio-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
              <label htmlFor="studio-file">A YAML file from your computer</label>
              <p className="studio-hint" id="studio-file-hint">
                Choose a file, or drag it here and drop it. It is read in this page, not uploaded.
              </p>
              <input
                id="studio-file"
                type="file"
                accept=".yaml,.yml,text/yaml,application/yaml"
                aria-describedby="studio-file-hint"
                onChange={(e) => openFile(e.target.files?.[0])}
              />
            </div>
          </div>
          {openError.length > 0 && (
            <div className="studio-error" role="alert">
              {openError.map((m, i) => (
                <p key={i}>{m}</p>
              ))}
            </div>
          )}
          <p role="status" className="studio-status">
            {message}
          </p>
        </section>

        <div className="studio-toolbar" role="group" aria-label="Edit and save">
          <HistoryButton label="Undo" disabled={state.past.length === 0} onClick={() => dispatch({ type: 'undo' })} keys="Control+Z" />
          <HistoryButton
            label="Redo"
            disabled={state.future.length === 0}
            onClick={() => dispatch({ type: 'redo' })}
            keys="Control+Shift+Z Control+Y"
          />
          <button type="button" className="button" onClick={save}>
            Save as a file
          </button>
          <p
            className="studio-check-status"
            role="status"
            data-check-version={check.version}
            data-check-ms={check.ms}
            data-check-file={check.file}
          >
            {check.problems.length === 0 ? (
              'Checked: no problems. The build would accept this file.'
            ) : (
              <>
                Checked: {check.problems.length} {check.problems.length === 1 ? 'problem' : 'problems'}.{' '}
                <button type="button" className="link-button" onClick={showProblems}>
                  Show the problems
                </button>
              </>
            )}
          </p>
        </div>

        {check.problems.length > 0 && (
          <div className="error-summary" role="alert" aria-labelledby="studio-errors-title" tabIndex={-1} ref={summary}>
            <h2 id="studio-errors-title">There is a problem</h2>
            <p>The site’s build would stop at {check.problems.length === 1 ? 'this' : 'these'}, in the same words:</p>
            <ul className="error-summary__list">
              {check.problems.map((p, i) => (
                <li key={i}>
                  <a href={`#${fieldId(fieldPath(p.path))}`}>{p.message}</a>
                </li>
              ))}
            </ul>
          </div>
        )}

        <section aria-labelledby="studio-edit-heading">
          <h2 id="studio-edit-heading">Edit</h2>
          <Form draft={state.draft} />
        </section>

        <section aria-labelledby="studio-map-heading" className="studio-map">
          <h2 id="studio-map-heading">The shape of the conversation route</h2>
          <StudioMap draft={state.draft} />
        </section>

        <section aria-labelledby="studio-try-heading" className="studio-try">
          <h2 id="studio-try-heading">Try it</h2>
          {check.scenario && shape ? (
            <ScenarioPlayer key={check.version} scenario={check.scenario} refs={refs} longest={shape.longest} strongest={shape.strongest} />
          ) : (
            <p>The player appears here when the draft passes every check. Fix the problems listed at the top first.</p>
          )}
          <h3>Run it with a room</h3>
          <p>Open the draft in the presenter view, with its speaker notes, in other windows of this browser. Nothing is published.</p>
          <button type="button" className="button" onClick={present}>
            Open the presenter view
          </button>
          <p role="status">{presentNote}</p>
        </section>
      </div>
    </StudioContext.Provider>
  );
}
