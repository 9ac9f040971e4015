import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/contract/ContractTypes.ts';
import { methodNames } from '../../shared/contract/methodNames.ts';
import { openBackend, type Backend } from '../backend/openBackend.ts';
import type { Handlers } from './Handlers.ts';
import { createRouter } from './Router.ts';
import { snapshotDatabase } from '../testing/snapshotDatabase.ts';
import { openTestConnection } from '../testing/openTestConnection.ts';
import { temporaryDirectory } from '../testing/temporaryDirectory.ts';
import { testDatabaseKey } from '../testing/testDatabaseKey.ts';
import { contractValidInputs as validInputs } from '../testing/contractValidInputs.ts';

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

/**
 * What a call does when one optional field is left out: `read` answers and writes nothing, `written` answers and
 * writes, `not_found` is refused because `someId` names nothing (and writes nothing). Every other field is
 * required, so leaving it out is malformed input.
 */
type LeftOutOutcome = 'read' | 'written' | 'not_found';
const each = (fields: string[], outcome: LeftOutOutcome) =>
  Object.fromEntries(fields.map((field) => [field, outcome]));
const optionalFields: Partial<Record<MethodName, Record<string, LeftOutOutcome>>> = {
  'candidates.list': each(['trashed', 'sort', 'offset', 'limit', 'stageId', 'role', 'tag', 'source'], 'read'),
  'candidates.exportList': each(['trashed', 'sort', 'stageId', 'role', 'tag', 'source', 'name'], 'read'),
  'candidates.create': each(['email', 'tags', 'links'], 'written'),
  'candidates.setStage': each(['reason', 'reasons'], 'not_found'),
  'candidates.timeline': each(['offset', 'limit'], 'not_found'),
  // Without dryRun (false by default) the import is real.
  'candidates.import': { ...each(['mapping', 'mode'], 'read'), dryRun: 'written' },
  'search.query': each(['limit'], 'read'),
  'search.candidates': each(['sort', 'offset', 'limit', 'stageId', 'role', 'tag', 'source'], 'read'),
  'kits.list': each(['query', 'includeDeleted'], 'read'),
  'kits.create': each(['description'], 'written'),
  'interviews.create': each(['kitId', 'scheduledAt'], 'not_found'),
  'interviews.list': each(['offset', 'limit'], 'not_found'),
  'notes.save': each(['sequence'], 'not_found'),
  'scorecards.save': each(
    ['sequence', 'ratings', 'ratingNotes', 'recommendation', 'takeaways', 'privateNote'],
    'not_found',
  ),
  'profile.update': each(['name', 'company', 'intro', 'email', 'photo'], 'written'),
  'profile.updateAnswering': each(['slaWorkingDays', 'rejectionReasons'], 'written'),
  'followUps.create': each(['interviewId', 'quote', 'origin'], 'not_found'),
  'feedback.open': each(['interviewId'], 'not_found'),
  'feedback.save': each(['sequence', 'subject'], 'not_found'),
  'today.get': each(['limit'], 'read'),
  // Without recordings the zip comes back in the answer; nothing is written.
  'backups.exportEverything': each(['includeRecordings'], 'read'),
  'today.markAnswered': each(['note'], 'not_found'),
  'settings.update': each(
    ['signalingUrl', 'signalingKey', 'recruiterName', 'introMessage', 'relayOnly'],
    'written',
  ),
};

const isOptional = (method: MethodName, key: string): boolean => optionalFields[method]?.[key] !== undefined;

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
    if (isOptional(method, key)) continue;
    const withoutKey = { ...valid };
    delete withoutKey[key];
    cases.push([`missing ${key}`, withoutKey]);
  }
  // An input of numbers only (recordings.setRetention) has no string to make huge.
  const hugeStrings = withHugeStrings(valid);
  if (JSON.stringify(hugeStrings) !== JSON.stringify(valid))
    cases.push(['huge strings everywhere', hugeStrings]);
  return cases;
}

/** Seeds one live and one trashed candidate, so a call has rows it could wrongly touch. */
async function seed(target: Backend): Promise<void> {
  await target.router.call('candidates.create', { name: 'Grace Hopper', email: 'grace@example.com' });
  const trashed = await target.router.call('candidates.create', { name: 'Alan Turing' });
  if (!trashed.ok) throw new Error('could not seed the trashed candidate');
  await target.router.call('candidates.delete', { id: (trashed.value as { id: string }).id });
}

let directory: ReturnType<typeof temporaryDirectory>;
let backend: Backend;
let inspector: Database;

beforeAll(async () => {
  directory = temporaryDirectory();
  backend = openBackend({
    dataDirectory: directory.path,
    version: 'test',
    databaseKey: testDatabaseKey,
    automaticBackups: false,
  });
  await seed(backend);
  inspector = openTestConnection(backend.databaseFile, { readonly: true });
});

afterAll(() => {
  inspector.close();
  backend.close();
  directory.remove();
});

describe.each(methodNames)('%s refuses malformed input with invalid_input and writes nothing', (method) => {
  it.each(malformedInputs(method))('%s', async (_label, input) => {
    const before = snapshotDatabase(inspector);
    const result = await backend.router.call(method, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (result.ok) return;
    expect(result.error.message.length).toBeGreaterThan(0);
    expect(result.error.message.length).toBeLessThan(1000);
    expect(result.error.issues?.length).toBeGreaterThan(0);
    expect(snapshotDatabase(inspector)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

const leftOutCases = Object.entries(optionalFields).flatMap(([method, fields]) =>
  Object.entries(fields).map(([field, outcome]) => [method as MethodName, field, outcome] as const),
);

describe('a call with one optional field left out', () => {
  it('lists only fields that the valid inputs have', () => {
    for (const [method, field] of leftOutCases) expect(Object.keys(validInputs[method])).toContain(field);
  });

  // Each on a database of its own: a call that writes must not change what the next one finds.
  it.each(leftOutCases)('%s without %s: %s', async (method, field, outcome) => {
    const own = temporaryDirectory();
    const fresh = openBackend({
      dataDirectory: own.path,
      version: 'test',
      databaseKey: testDatabaseKey,
      automaticBackups: false,
    });
    const freshInspector = openTestConnection(fresh.databaseFile, { readonly: true });
    try {
      await seed(fresh);
      const input = { ...validInputs[method] };
      delete input[field];
      const before = snapshotDatabase(freshInspector);
      const result = await fresh.router.call(method, input);
      if (outcome === 'not_found') expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
      else expect(result).toMatchObject({ ok: true });
      if (outcome === 'written') expect(snapshotDatabase(freshInspector)).not.toBe(before);
      else expect(snapshotDatabase(freshInspector)).toBe(before);
    } finally {
      freshInspector.close();
      fresh.close();
      own.remove();
    }
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
