/**
 * The one place a phone number becomes a link. Contact.astro renders it on the server
 * (no JavaScript is shipped for it); islands render it in the browser. Numbers come
 * from content/contacts/ and are formatted by src/vocabulary/phone.ts.
 */
import { parsePhone } from '../../vocabulary/phone.ts';

interface Props {
  /** The number as written in the contact entry, in any UK format. */
  phone: string;
  /** The option to choose in the phone menu, if any. */
  option?: number | undefined;
  /** Extra class names for the link. */
  className?: string | undefined;
}

export default function PhoneLink({ phone, option, className }: Props) {
  const { href, display } = parsePhone(phone);
  return (
    <>
      <a className={className ? `tel ${className}` : 'tel'} href={href}>
        {/* Non-breaking spaces keep a number on one line. */}
        {display.replaceAll(' ', '\u00A0')}
      </a>
      {option !== undefined && <span className="phone-option">{` (option ${option})`}</span>}
    </>
  );
}
