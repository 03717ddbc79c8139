/** The checklist route's result: the level the form decides, why, and the ticks beside the facts. */
import { checklistResult, levelName, levelRule, reviewChecklist } from '../checklist.ts';
import type { ScreenProps } from './types.ts';

export default function ChecklistScore({ scenario, state }: Pick<ScreenProps, 'scenario' | 'state'>) {
  const { level, ticked } = checklistResult(scenario, state.ticks);
  const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
  const counts = ticked.filter((t) => t.count > 0).map((t) => `${t.count} at ${t.level.name}`);
  return (
    <>
      <p className="player-score">
        You ticked {counts.length === 0 ? 'no indicators' : counts.join(', ')}. The form decides <strong>{level.name}</strong>
        {level.min === undefined ? '' : ` (its rule: ${levelRule(scenario, level)})`}. It says: <strong>{level.service}</strong>.
      </p>
      <table className="checklist-review">
        <caption>Your form beside the facts of the case</caption>
        <thead>
          <tr>
            <th scope="col">Indicator (its level)</th>
            <th scope="col">You ticked</th>
            <th scope="col">Fits the case</th>
          </tr>
        </thead>
        <tbody>
          {reviewChecklist(scenario, state.ticks).map(({ item, ticked: isTicked, applies }) => (
            <tr key={item.id}>
              <th scope="row">
                {item.label} <span className="checklist-review__level">({levelName(scenario, item)})</span>
              </th>
              <td>{yesNo(isTicked)}</td>
              <td>{yesNo(applies)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
