/** The checklist route's result: the score, the service it decides, and the ticks beside the facts. */
import { bandFor, maxThresholdScore, reviewChecklist, thresholdScore } from '../../lib/scenario/checklist.ts';
import type { ScreenProps } from './types.ts';

export default function ChecklistScore({ scenario, state }: Pick<ScreenProps, 'scenario' | 'state'>) {
  const score = thresholdScore(scenario, state.ticks);
  const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
  return (
    <>
      <p className="player-score">
        The form adds up to <strong>{score}</strong> points out of {maxThresholdScore(scenario)}. It decides:{' '}
        <strong>{bandFor(scenario, score).service}</strong>.
      </p>
      <table className="checklist-review">
        <caption>Your form beside the facts of the case</caption>
        <thead>
          <tr>
            <th scope="col">Statement</th>
            <th scope="col">Points</th>
            <th scope="col">You ticked</th>
            <th scope="col">Fits the case</th>
          </tr>
        </thead>
        <tbody>
          {reviewChecklist(scenario, state.ticks).map(({ item, ticked, applies }) => (
            <tr key={item.id}>
              <th scope="row">{item.label}</th>
              <td>{item.points}</td>
              <td>{yesNo(ticked)}</td>
              <td>{yesNo(applies)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
