/** Reading the conversation record's questions (content/conversation-record.yaml). */
import { getEntry } from 'astro:content';
import type { ConversationRecord } from '../../schemas/conversation-record.ts';

/** The conversation record's questions and the note on a saved file. */
export async function conversationRecord(): Promise<ConversationRecord> {
  const entry = await getEntry('conversationRecord', 'file');
  if (!entry) throw new Error('content/conversation-record.yaml was not loaded, though the content checks passed.');
  return entry.data;
}
