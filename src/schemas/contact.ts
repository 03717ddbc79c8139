import { z } from 'astro/zod';
import { isPhone } from '../vocabulary/phone.ts';
import { factIdSchema, required } from './common.ts';

/** Where a contact comes from. */
export const CONTACT_SOURCES = {
  'right-conversation': 'Right conversation, right people, right time',
  'early-help': 'Early help',
  both: 'Both source documents',
  national: 'UK national emergency number (assumed by the sources)',
} as const;

/**
 * A contact: one file in `content/contacts/`, the only place a phone number or web
 * address is written. Every page shows it through `src/features/contacts/Contact.astro`.
 */
export const contactSchema = z
  .object({
    /** Required. The name people know it by, for example "Duty and Advice Team". */
    name: z.string(required('name', 'the name people know the contact by, for example "Duty and Advice Team".')).min(1),
    /** Required. Who it is for, as a short phrase: "Practitioners worried that a child may be suffering significant harm". */
    for: z.string(required('for', 'who the contact is for, as a short phrase.')).min(1),
    /** Required. When to use it, in one or two plain sentences. */
    when: z.string(required('when', 'when to use the contact, in one or two plain sentences.')).min(1),
    /** Optional (but a contact needs a phone or a website). The number in any UK format; the site groups it. */
    phone: z
      .string()
      .refine(isPhone, {
        error: (issue) => `"${String(issue.input)}" is not a UK phone number. Write it with its area code, for example "0113 376 0336".`,
      })
      .optional(),
    /** Optional. The option to choose in the phone menu, for example 3. */
    option: z.number({ error: '`option` should be a whole number, for example 3.' }).int().positive().optional(),
    /** Required. When it answers: "working-hours", "out-of-hours", "any-time" or "not-stated" (when the sources do not say). */
    hours: z.enum(['working-hours', 'out-of-hours', 'any-time', 'not-stated'], {
      error: 'Add `hours`: one of working-hours, out-of-hours, any-time, or not-stated when the sources do not say.',
    }),
    /** Optional. The full web address, starting https://. */
    website: z
      .url({ protocol: /^https$/, error: '`website` must be a full address starting https://, for example https://www.leedslscb.org.uk.' })
      .optional(),
    /** Required. Who it serves: "public", "practitioners" or "everyone". */
    audience: z.enum(['public', 'practitioners', 'everyone'], {
      error: 'Add `audience`: one of public, practitioners or everyone.',
    }),
    /** Optional. Who should call, in a few words ("Member of the public"): puts the contact in the urgent-help panel on every page. */
    urgent: z.string().min(1).max(40, 'Keep `urgent` to a few words: it labels the number in the panel on every page.').optional(),
    /** Required. Its place in lists: lower comes first. */
    order: z.number(required('order', 'a number giving its place in lists (lower comes first).')),
    /** Required. The source document: right-conversation, early-help, both or national. */
    source: z.enum(Object.keys(CONTACT_SOURCES) as [keyof typeof CONTACT_SOURCES], {
      error: `Add \`source\`: one of ${Object.keys(CONTACT_SOURCES).join(', ')}.`,
    }),
    /** Defaulted to []. The fact ids this contact carries. Required unless the source is "national". */
    facts: z.array(factIdSchema).default([]),
    /** Defaulted to []. Other words people use for it ("social services", "EDT"), for the contact finder. */
    aliases: z.array(z.string()).default([]),
  })
  .strict()
  .refine((c) => c.phone !== undefined || c.website !== undefined, {
    error: 'A contact needs a `phone` or a `website` (or both).',
    path: ['phone'],
  })
  .refine((c) => c.option === undefined || c.phone !== undefined, {
    error: '`option` only makes sense with a `phone`. Add the number or remove the option.',
    path: ['option'],
  })
  .refine((c) => c.source === 'national' || c.facts.length > 0, {
    error: 'Add `facts`: the ids of the facts this contact carries, for example [E13].',
    path: ['facts'],
  });

/** A contact's validated frontmatter. */
export type ContactData = z.infer<typeof contactSchema>;

/**
 * A contact as an island or a page's script carries it: its id (the file's name) and the
 * name and number as written in its entry. Made by contactRef() only, so every island
 * gets the same fields.
 */
export interface ContactRef {
  id: string;
  name: string;
  phone?: string | undefined;
  option?: number | undefined;
  website?: string | undefined;
}

/** The ContactRef of a contact entry. */
export function contactRef(entry: { id: string; data: ContactData }): ContactRef {
  const { name, phone, option, website } = entry.data;
  return { id: entry.id, name, phone, option, website };
}
