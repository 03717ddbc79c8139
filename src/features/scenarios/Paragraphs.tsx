/** A scenario text field as paragraphs (the YAML separates them with blank lines). */
import { paragraphs } from './refs.ts';

interface Props {
  text: string;
}

export default function Paragraphs({ text }: Props) {
  return (
    <>
      {paragraphs(text).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}
