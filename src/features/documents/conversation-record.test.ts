import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dateAnswer, recordFileName, recordForSaving, recordToText } from './conversation-record.ts';
import { conversationRecordSchema } from '../../schemas/conversation-record.ts';

// The real questions, as the page hands them to its script.
const record = recordForSaving(
  'Conversation record',
  conversationRecordSchema.parse(parse(readFileSync('content/conversation-record.yaml', 'utf8'))),
);
const RECORD_FIELDS = record.sections.flatMap((s) => s.fields);

describe('the conversation record', () => {
  it('asks each question once', () => {
    const ids = RECORD_FIELDS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('asks what the guidance says to record', () => {
    const labels = RECORD_FIELDS.map((f) => f.label).join('\n');
    for (const words of [
      'Date of the conversation',
      'Who took part',
      'concerns',
      "child's needs",
      'Strengths',
      'child and the family said',
      'consent',
      'agreed',
      'Lead Practitioner',
      'reviewed',
      "meet the child's needs",
    ]) {
      expect(labels).toContain(words);
    }
  });

  it('reads a date from its three boxes', () => {
    expect(dateAnswer('date', { 'date-day': '3', 'date-month': '11', 'date-year': '2026' })).toBe('2026-11-03');
    expect(dateAnswer('date', { 'date-day': '31', 'date-month': '2', 'date-year': '2026' })).toBeUndefined();
    expect(dateAnswer('date', { 'date-day': '3', 'date-month': '11' })).toBeUndefined();
  });

  it('saves every answer under its question, dates written out and blanks marked', () => {
    const text = recordToText(record, {
      'date-day': '23',
      'date-month': '11',
      'date-year': '2026',
      how: 'Phone call',
      concerns: 'Tired in class\r\nNot eating lunch',
      lead: 'Class teacher, primary school',
    });
    expect(text).toContain('Date of the conversation: 23 November 2026');
    expect(text).toContain('How did it take place?: Phone call');
    expect(text).toContain('### The concerns\n\nTired in class\nNot eating lunch\n');
    expect(text).toContain('Who coordinates the help (the Lead Practitioner): Class teacher, primary school');
    expect(text).toContain("### The child's needs\n\n(not filled in)");
    expect(text).toContain('When it will be reviewed: (not filled in)');
    expect(text).toMatch(/^# Conversation record\n\n.*It is not a case record/);
  });

  it('keeps a date that is not a real date as it was typed', () => {
    expect(recordToText(record, { 'review-day': '40', 'review-month': '1', 'review-year': '2027' })).toContain(
      'When it will be reviewed: 40/1/2027',
    );
  });

  it('names the file after the date of the conversation', () => {
    expect(recordFileName({ 'date-day': '23', 'date-month': '11', 'date-year': '2026' })).toBe('conversation-record-2026-11-23.txt');
    expect(recordFileName({})).toBe('conversation-record.txt');
  });
});
