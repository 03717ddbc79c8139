/**
 * The debrief: the room's route beside the checklist route and the strongest conversation
 * route, outcome by outcome; the votes at each step; the learning points. It can be
 * printed, or saved as Markdown or JSON made in the browser.
 */
import { useMemo } from 'react';
import { outcomeWord } from '../../../vocabulary/scenario.ts';
import { buildDebrief, debriefFileName, debriefJson, debriefMarkdown, decidedByText } from '../debrief.ts';
import { debriefInput } from '../presenter.ts';
import { ScoreBar } from './Outcomes.tsx';
import type { SlideProps } from './slide-props.ts';
import { saveFile } from '../../documents/save-file.ts';

const score = (n: number | undefined) => (n === undefined ? 'Not reached' : outcomeWord(n));

/** The files the debrief can be saved as, made in the browser. */
const SAVE_AS = [
  { name: 'Markdown', extension: 'md', write: debriefMarkdown, type: 'text/markdown' },
  { name: 'JSON', extension: 'json', write: debriefJson, type: 'application/json' },
] as const;

export function DebriefSlide({ data, state, headingRef }: SlideProps) {
  const model = useMemo(
    () => buildDebrief(debriefInput(data.scenarioId, data.scenario, state, new Date().toISOString().slice(0, 10))),
    [data, state],
  );
  return (
    <div className="debrief">
      <p className="slide__kicker">Debrief · {model.title}</p>
      <h2 className="slide__title" ref={headingRef} tabIndex={-1}>
        How the routes compare
      </h2>
      <table className="slide-table debrief-table">
        <caption>Outcomes by route, in words, dimension by dimension</caption>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">The room's route</th>
            <th scope="col">The checklist route</th>
            <th scope="col">The strongest conversation route</th>
          </tr>
        </thead>
        <tbody>
          {model.dimensions.map((row) => (
            <tr key={row.dimension}>
              <th scope="row">{row.label}</th>
              {[row.room, row.checklist, row.strongest].map((n, i) => (
                <td key={i}>
                  {n !== undefined && <ScoreBar score={n} />}
                  {score(n)}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Ending</th>
            <td>{model.room?.endingTitle ?? 'Not reached'}</td>
            <td>
              {model.checklist.endingTitle} (the form decided {model.checklist.level}. It said: {model.checklist.service}.)
            </td>
            <td>{model.strongest.endingTitle}</td>
          </tr>
        </tbody>
      </table>

      <h3>The room's route and the votes</h3>
      {model.steps.length === 0 && <p>The room did not start the conversation route.</p>}
      <ol className="debrief-steps">
        {model.steps.map((step, n) => (
          <li key={n}>
            <strong>{step.title}.</strong> {step.prompt}{' '}
            {step.chosenLetter ? (
              <>
                The room chose {step.chosenLetter} ({decidedByText(step.by)}) with {step.total} {step.total === 1 ? 'vote' : 'votes'} cast:
              </>
            ) : (
              'No choice made.'
            )}
            <ul>
              {step.choices.map((c) => (
                <li key={c.choiceId} className={c.choiceId === step.chosenId ? 'is-chosen' : undefined}>
                  {c.letter}. {c.label}: {c.votes} ({c.percent}%)
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>

      <h3>The strongest conversation route</h3>
      <ol>
        {model.strongest.steps.map((s) => (
          <li key={s.stepId}>
            <strong>{s.title}:</strong> {s.choice}
          </li>
        ))}
      </ol>

      <h3>Learning points</h3>
      <ul>
        {model.learningPoints.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>

      <div className="debrief__actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print the debrief
        </button>
        {SAVE_AS.map(({ name, extension, write, type }) => (
          <button
            key={extension}
            type="button"
            className="button button--secondary"
            onClick={() => saveFile(debriefFileName(model, extension), write(model), type)}
          >
            Save as {name}
          </button>
        ))}
      </div>
      <p className="meta">The file is made on this computer. It holds no names and nothing is sent anywhere.</p>
    </div>
  );
}
