/** Small pieces the presenter's slides share: paragraphs of scenario text and "read more" links. */
import PhoneLink from '../../contacts/PhoneLink.tsx';
import type { ContactRef } from '../../../schemas/contact.ts';

/** Scenario text, which separates paragraphs with a blank line. */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  return (
    <>
      {text
        .trim()
        .split(/\n\s*\n/)
        .map((p, i) => (
          <p key={i} className={className}>
            {p}
          </p>
        ))}
    </>
  );
}

interface LinksProps {
  guidance: readonly string[];
  contacts?: readonly string[];
  titles: Record<string, string>;
  people: Record<string, ContactRef>;
}

/** Links to the guidance pages and the contacts a step, choice or ending points to. */
export function ReadMore({ guidance, contacts = [], titles, people }: LinksProps) {
  const known = contacts.map((id) => people[id]).filter((c): c is ContactRef => c !== undefined);
  if (guidance.length === 0 && known.length === 0) return null;
  return (
    <div className="slide__more">
      {guidance.length > 0 && (
        <p>
          What the guidance says:{' '}
          {guidance.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <a href={`/guidance/${id}/`}>{titles[id] ?? id}</a>
            </span>
          ))}
        </p>
      )}
      {known.map((c) => (
        <p key={c.id}>
          {c.name}
          {c.phone && (
            <>
              {': '}
              <PhoneLink phone={c.phone} option={c.option} />
            </>
          )}
        </p>
      ))}
    </div>
  );
}
