import { describe, expect, it } from 'vitest';
import type { CardFields } from '../reader.ts';
import { FIELD_LABELS, type FieldLabel } from './field-labels.ts';

// compiles only while every field the reader returns has a label
const everyField: Record<keyof CardFields, FieldLabel> = FIELD_LABELS;

describe('field labels', () => {
  it('label every field the reader returns, in Japanese and English', () => {
    expect(Object.keys(everyField)).toContain('issueDate');
    for (const l of Object.values(FIELD_LABELS)) {
      expect(l.ja).toMatch(/[\u3000-\u9fff]/);
      expect(l.en).toMatch(/^[a-z]/);
    }
  });
});
