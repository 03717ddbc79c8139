/**
 * The guidance pages, glossary terms and contacts a part of a scenario links to. Used
 * by the player island and by the server-rendered map, so both show the same links;
 * numbers become links only through PhoneLink.
 */
import PhoneLink from '../contacts/PhoneLink.tsx';
import { displayUrl } from '../../vocabulary/hours.ts';
import { hasLinks, type Links, type ScenarioRefs } from './refs.ts';

interface Props {
  links: Links;
  refs: ScenarioRefs;
  /** Words before the list, such as "Read more:". */
  label?: string;
}

export default function RelatedLinks({ links, refs, label = 'Read more:' }: Props) {
  if (!hasLinks(links)) return null;
  return (
    <div className="related-links">
      <p className="related-links__label">{label}</p>
      <ul>
        {links.guidance.map((id) => (
          <li key={`g-${id}`}>
            <a href={`/guidance/${id}/`}>{refs.guidance[id] ?? id}</a> <span className="meta">(guidance)</span>
          </li>
        ))}
        {links.glossary.map((id) => (
          <li key={`t-${id}`}>
            <a className="term" href={`/glossary/#${id}`}>
              {refs.glossary[id] ?? id}
            </a>{' '}
            <span className="meta">(glossary)</span>
          </li>
        ))}
        {links.contacts.map((id) => {
          const contact = refs.contacts[id];
          if (!contact) return null;
          return (
            <li key={`c-${id}`}>
              {contact.name}
              {contact.phone ? (
                <>
                  {': '}
                  <PhoneLink phone={contact.phone} option={contact.option} />
                </>
              ) : (
                contact.website && (
                  <>
                    {': '}
                    <a href={contact.website}>{displayUrl(contact.website)}</a>
                  </>
                )
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
