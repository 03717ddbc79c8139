/** A conversation route as a numbered list of the choices made, each with its quality. */
import { choicesMade } from '../engine.ts';
import type { ChoiceMade } from '../state.ts';
import { QUALITIES } from '../../../vocabulary/scenario.ts';
import type { Scenario } from '../../../schemas/scenario.ts';

interface Props {
  scenario: Scenario;
  choices: readonly ChoiceMade[];
}

export default function RouteTaken({ scenario, choices }: Props) {
  return (
    <ol className="route-taken">
      {choicesMade(scenario, choices).map(({ step, choice }) => (
        <li key={`${step.id}/${choice.id}`}>
          {step.title}: {choice.label} <span className={`quality quality--${choice.quality}`}>{QUALITIES[choice.quality]}</span>
        </li>
      ))}
    </ol>
  );
}
