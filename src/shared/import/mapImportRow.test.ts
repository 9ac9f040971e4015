import { describe, expect, it } from 'vitest';
import type { CandidateImportField } from '../schemas/candidateImportFields.ts';
import { columnKeys } from './columnKeys.ts';
import { mapImportRow } from './mapImportRow.ts';
import { stageLookup } from './stageLookup.ts';
import { suggestImportField } from './suggestImportField.ts';

const stages = stageLookup([
  { id: 'sourced', name: 'Sourced' },
  { id: 'screening', name: 'Phone screen' },
]);

describe('mapImportRow', () => {
  const fields: CandidateImportField[] = [
    'firstName',
    'lastName',
    'email',
    'tags',
    'stage',
    'links',
    'ignore',
  ];

  it('joins first and last names, splits tags and links, resolves stages by name without case or accents', () => {
    const result = mapImportRow(
      [
        'Zoë',
        'Kowalska',
        ' ZOE@Example.com ',
        'rust; go, rust',
        'phone SCRÉEN',
        'https://a.dev https://b.dev',
        'x',
      ],
      fields,
      stages,
    );
    expect(result).toEqual({
      ok: true,
      candidate: expect.objectContaining({
        name: 'Zoë Kowalska',
        email: 'zoe@example.com',
        tags: ['rust', 'go'],
        stageId: 'screening',
        links: ['https://a.dev', 'https://b.dev'],
      }),
    });
  });

  it('reports every problem of a row with the field it concerns', () => {
    const result = mapImportRow(
      ['', '', 'not-an-email', '', 'Nowhere', 'javascript:alert(1)', ''],
      fields,
      stages,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(['email', 'links.0', 'name', 'stage']);
  });

  it('refuses a row with more non-empty cells than the header has columns', () => {
    const result = mapImportRow(['Ada', 'Lovelace', '', '', '', '', '', 'surprise'], fields, stages);
    expect(result).toMatchObject({ ok: false, issues: [{ message: expect.stringContaining('8 cells') }] });
    expect(mapImportRow(['Ada', 'Lovelace', '', '', '', '', '', ''], fields, stages).ok).toBe(true);
  });

  it('treats missing trailing cells as empty', () => {
    expect(mapImportRow(['Ada'], fields, stages)).toMatchObject({ ok: true, candidate: { name: 'Ada' } });
  });
});

describe('suggestImportField', () => {
  it.each([
    ['Full name', 'name'],
    ['E-mail', 'email'],
    ['Email Address', 'email'],
    ['First Name', 'firstName'],
    ['Surname', 'lastName'],
    ['Mobile phone', 'phone'],
    ['City', 'location'],
    ['Job title', 'role'],
    ['Position', 'role'],
    ['Source', 'source'],
    ['Tags', 'tags'],
    ['Stage', 'stage'],
    ['Pronouns', 'pronouns'],
    ['GDPR consent', 'consentUntil'],
    ['LinkedIn URL', 'links'],
    ['Favourite colour', 'ignore'],
    ['Current Title', 'currentTitle'],
    ['Current job title', 'currentTitle'],
    ['Headline', 'currentTitle'],
    ['Notes', 'notes'],
    ['Recruiter notes', 'notes'],
  ])('%s → %s', (header, field) => {
    expect(suggestImportField(header)).toBe(field);
  });
});

describe('columnKeys', () => {
  it('names blank headers by position and numbers repeated ones', () => {
    expect(columnKeys(['Email', '', 'email', ' Name '])).toEqual(['Email', 'Column 2', 'email (2)', 'Name']);
  });
});
