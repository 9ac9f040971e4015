import { describe, expect, it } from 'vitest';
import { describeImportRow } from './describeImportRow.ts';
import { mapImportRow } from './mapImportRow.ts';
import { stageLookup } from './stageLookup.ts';

const label = (path: string) =>
  ({ email: 'E-mail', consentUntil: 'Consent', role: 'Job' })[path.split('.')[0]!] ?? path;

describe('describeImportRow', () => {
  it('names the row, the person and the bad value', () => {
    const mapped = mapImportRow(
      ['Ewa', 'Nowak', 'not-an-email', '31/05/2027', 'javascript:alert(1)', 'Nowhere', 'r'.repeat(250)],
      ['firstName', 'lastName', 'email', 'consentUntil', 'links', 'stage', 'role'],
      stageLookup([{ id: 'sourced', name: 'Sourced' }]),
    );
    expect(mapped.ok).toBe(false);
    if (mapped.ok) return;
    expect(mapped.name).toBe('Ewa Nowak');
    const message = describeImportRow(32, mapped.name, mapped.issues, label);
    expect(message).toMatch(/^Row 32 \(Ewa Nowak\): /);
    expect(message).toContain('"not-an-email" is not an email address');
    expect(message).toContain('"31/05/2027" is not a date like 2027-05-31');
    expect(message).toContain('"javascript:alert(1)" is not a web address starting with http:// or https://');
    expect(message).toContain('there is no stage called "Nowhere"');
    expect(message).toContain(`Job "${'r'.repeat(59)}…" is too long (must be at most 200 characters)`);
  });

  it('says "Row N" alone when the row names nobody, and clips a long name', () => {
    expect(describeImportRow(5, null, [{ path: 'name', message: 'Name is required' }], label)).toBe(
      'Row 5: name: Name is required',
    );
    expect(describeImportRow(6, 'x'.repeat(100), [{ path: '', message: 'a cell is too long' }], label)).toBe(
      `Row 6 (${'x'.repeat(59)}…): a cell is too long`,
    );
  });
});
