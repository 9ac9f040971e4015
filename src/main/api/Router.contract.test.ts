import type { Database } from 'better-sqlite3';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/contract/ContractTypes.ts';
import { methodNames } from '../../shared/contract/methodNames.ts';
import { openBackend, type Backend } from '../backend/openBackend.ts';
import type { Handlers } from './Handlers.ts';
import { createRouter } from './Router.ts';
import { snapshotDatabase } from '../testing/snapshotDatabase.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';

const someId = '018f3b2c-1d2e-7a3b-8c4d-5e6f7a8b9c0d';

/** A well-formed input per method; the Record type makes a new method fail to compile until it has one. */
const validInputs: Record<MethodName, Record<string, unknown>> = {
  'app.info': {},
  'stages.list': {},
  'stages.update': { id: 'screening', name: 'Phone screen' },
  'stages.reorder': {
    ids: ['sourced', 'contacted', 'screening', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn'],
  },
  'candidates.list': {
    trashed: false,
    sort: 'name',
    offset: 0,
    limit: 10,
    stageId: 'sourced',
    role: 'Engineer',
    tag: 'rust',
    source: 'LinkedIn',
  },
  'candidates.facets': {},
  'candidates.setStage': { id: someId, stageId: 'rejected', reason: 'Accepted another offer' },
  'candidates.timeline': { id: someId, offset: 0, limit: 20 },
  'candidates.importPreview': { csv: 'Name,Email\nAda Lovelace,ada@example.com\n' },
  'candidates.import': {
    csv: 'Name,Email\nAda Lovelace,ada@example.com\n',
    mapping: { Name: 'name', Email: 'email' },
    mode: 'all-or-nothing',
    dryRun: true,
  },
  'candidates.export': { id: someId },
  'search.query': { text: 'zoë "kraków" NEAR(*', limit: 10 },
  'candidates.get': { id: someId },
  'candidates.create': {
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    tags: ['rust'],
    links: ['https://ada.dev'],
  },
  'candidates.update': { id: someId, changes: { name: 'Ada King' } },
  'candidates.delete': { id: someId },
  'candidates.restore': { id: someId },
  'candidates.purge': { id: someId },
  'kits.list': { query: 'screen', includeDeleted: false },
  'kits.get': { id: someId },
  'kits.create': {
    name: 'Design review',
    description: 'A portfolio walk-through.',
    definition: {
      sections: [
        { id: 'portfolio', title: 'Portfolio', questions: [{ id: 'q1', text: 'Walk me through a project.', guidance: '' }] },
      ],
      attributeCategories: [{ id: 'craft', name: 'Craft', attributes: [{ id: 'visual', name: 'Visual design' }] }],
    },
  },
  'kits.update': { id: someId, changes: { name: 'Design review, v2' } },
  'kits.delete': { id: someId },
  'interviews.create': {
    candidateId: someId,
    title: 'Technical screen',
    kitId: someId,
    scheduledAt: '2026-05-01T10:00:00.000Z',
  },
  'interviews.get': { id: someId },
  'interviews.list': { candidateId: someId, offset: 0, limit: 10 },
  'interviews.update': { id: someId, changes: { title: 'Final round' } },
  'interviews.start': { id: someId },
  'interviews.end': { id: someId },
  'interviews.exportMarkdown': { id: someId },
  'interviews.exportHtml': { id: someId },
  'notes.get': { id: someId },
  'notes.save': {
    id: someId,
    document: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello' }] }] },
    sequence: 1,
  },
  'notes.revisions': { id: someId },
  'notes.getRevision': { id: someId },
  'notes.restoreRevision': { noteId: someId, revisionId: someId },
  'scorecards.get': { interviewId: someId },
  'scorecards.save': {
    interviewId: someId,
    sequence: 1,
    ratings: { communication: 'yes' },
    recommendation: 'strong_yes',
    takeaways: 'Clear thinker.',
    privateNote: 'Asked about parental leave.',
  },
  'scorecards.submit': { interviewId: someId },
  'scorecards.revisions': { interviewId: someId },
  'settings.get': {},
  'settings.update': {
    signalingUrl: 'https://signal.example.com',
    signalingKey: 'a-long-server-key',
    recruiterName: 'Rita Recruiter',
    introMessage: 'Looking forward to our chat.',
    relayOnly: false,
  },
  'calls.createRoom': { interviewId: someId },
  'calls.saveChat': {
    interviewId: someId,
    messages: [{ id: 'm1', author: 'candidate', authorName: 'Cara', text: 'Hello', sentAt: '2026-05-01T10:00:00.000Z' }],
  },
  'calls.listChat': { interviewId: someId },
};

const huge = 'x'.repeat(1_000_000);

function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'twelve';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return { not: 'a list' };
  return 'not an object';
}

/** Replaces every string, at any depth, with a megabyte of text. */
function withHugeStrings(value: unknown): unknown {
  if (typeof value === 'string') return huge;
  if (Array.isArray(value)) return value.length === 0 ? [huge] : value.map(withHugeStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withHugeStrings(inner)]));
  }
  return value;
}

function malformedInputs(method: MethodName): Array<[string, unknown]> {
  const valid = validInputs[method];
  const cases: Array<[string, unknown]> = [
    ['a number instead of an object', 42],
    ['a string instead of an object', 'candidates'],
    ['an array instead of an object', [valid]],
    ['null', null],
    ['an unknown key', { ...valid, isAdmin: true }],
    [
      'a prototype-pollution key',
      JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1, -1) || '"x": 1'}}`),
    ],
  ];
  for (const [key, value] of Object.entries(valid)) {
    cases.push([`${key} of the wrong type`, { ...valid, [key]: wrongTypeFor(value) }]);
    const withoutKey = { ...valid };
    delete withoutKey[key];
    cases.push([`missing ${key}`, withoutKey]);
  }
  if (Object.keys(valid).length > 0) cases.push(['huge strings everywhere', withHugeStrings(valid)]);
  return cases;
}

let directory: ReturnType<typeof temporaryDirectory>;
let backend: Backend;
let inspector: Database;

beforeAll(async () => {
  directory = temporaryDirectory();
  backend = openBackend({ dataDirectory: directory.path, version: 'test' });
  // Seed one live and one trashed candidate so "missing field" cases have rows they could wrongly touch.
  await backend.router.call('candidates.create', { name: 'Grace Hopper', email: 'grace@example.com' });
  const trashed = await backend.router.call('candidates.create', { name: 'Alan Turing' });
  if (trashed.ok)
    await backend.router.call('candidates.delete', { id: (trashed.value as { id: string }).id });
  inspector = new BetterSqlite3(backend.databaseFile, { readonly: true });
});

afterAll(() => {
  inspector.close();
  backend.close();
  directory.remove();
});

describe.each(methodNames)('%s refuses malformed input', (method) => {
  it.each(malformedInputs(method))('%s', async (_label, input) => {
    const before = snapshotDatabase(inspector);
    const result = await backend.router.call(method, input);
    if (result.ok) {
      // Only optional fields may be left out; then the call must be one a user could make.
      expect(_label.startsWith('missing ')).toBe(true);
      return;
    }
    expect(result.error.code).toMatch(/^(invalid_input|not_found|conflict)$/);
    expect(result.error.message.length).toBeGreaterThan(0);
    expect(result.error.message.length).toBeLessThan(1000);
    if (result.error.code === 'invalid_input') expect(result.error.issues?.length).toBeGreaterThan(0);
    expect(snapshotDatabase(inspector)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the router', () => {
  it.each([
    ['no.such'],
    ['candidates'],
    ['candidates.create.extra'],
    ['__proto__.constructor'],
    ['constructor.name'],
    [42],
    [null],
  ])('answers unknown_method for %s without touching the database', async (method) => {
    const before = snapshotDatabase(inspector);
    const result = await backend.router.call(method, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(snapshotDatabase(inspector)).toBe(before);
  });

  it('reports each invalid field with its path and a readable message', async () => {
    const result = await backend.router.call('candidates.create', {
      name: '',
      email: 'not-an-email',
      links: ['javascript:alert(1)'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    const byPath = Object.fromEntries(result.error.issues!.map((issue) => [issue.path, issue.message]));
    expect(byPath).toMatchObject({
      name: 'Name is required',
      email: 'Enter a valid email address',
      'links.0': 'Must be a web address starting with http:// or https://',
    });
  });

  it('turns a bug inside a handler into an internal error, reported once, instead of throwing', async () => {
    const reported: unknown[] = [];
    const handlers = {
      'stages.list': () => {
        throw new TypeError('boom');
      },
    } as unknown as Handlers;
    const router = createRouter(handlers, (error) => reported.push(error));
    const result = await router.call('stages.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('boom');
    expect(reported).toHaveLength(1);
  });
});
