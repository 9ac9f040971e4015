import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../testing/openTestBackend.ts';

let test: TestBackend;
beforeEach(() => {
  test = openTestBackend();
});
afterEach(() => test.close());

const definition = {
  sections: [
    {
      id: 'portfolio',
      title: 'Portfolio',
      questions: [
        { id: 'walk-through', text: 'Walk me through a project.', guidance: 'Process over polish.' },
      ],
    },
  ],
  attributeCategories: [
    { id: 'craft', name: 'Craft', attributes: [{ id: 'visual', name: 'Visual design' }] },
  ],
};

describe('kits', () => {
  it('ship three defaults, listed by name', async () => {
    const { items } = await test.call('kits.list', {});
    expect(items.map((kit) => kit.name)).toEqual([
      'Recruiter phone screen',
      'Technical interview',
      'Values and motivation',
    ]);
    expect(items.every((kit) => kit.builtIn)).toBe(true);
  });

  it('can be created, found by name, edited and deleted without touching interviews that used them', async () => {
    const created = await test.call('kits.create', { name: '  Design review ', definition });
    expect(created).toMatchObject({
      name: 'Design review',
      description: '',
      builtIn: false,
      deletedAt: null,
    });
    expect(created.definition.sections[0]!.questions[0]!.guidance).toBe('Process over polish.');
    expect(created.definition.attributeCategories[0]!.attributes[0]!.description).toBe('');
    expect((await test.call('kits.list', { query: 'DESIGN' })).items.map((kit) => kit.id)).toEqual([
      created.id,
    ]);

    const candidate = await test.call('candidates.create', { name: 'Ada' });
    const interview = await test.call('interviews.create', {
      candidateId: candidate.id,
      title: 'Review',
      kitId: created.id,
    });

    const renamed = await test.call('kits.update', {
      id: created.id,
      changes: { name: 'Design review v2', definition: { ...definition, sections: [] } },
    });
    expect(renamed.name).toBe('Design review v2');
    expect(renamed.definition.sections).toEqual([]);

    const deleted = await test.call('kits.delete', { id: created.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await test.call('kits.list', {})).items.map((kit) => kit.id)).not.toContain(created.id);
    expect((await test.call('kits.list', { includeDeleted: true })).items.map((kit) => kit.id)).toContain(
      created.id,
    );
    expect(await test.result('kits.update', { id: created.id, changes: { name: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await test.result('interviews.create', {
        candidateId: candidate.id,
        title: 'Again',
        kitId: created.id,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });

    const past = await test.call('interviews.get', { id: interview.id });
    expect(past.kit).toEqual({ name: 'Design review', definition: created.definition });
  });

  it('refuse duplicate ids, empty names and prototype keys', async () => {
    const duplicate = await test.result('kits.create', {
      name: 'Dup',
      definition: {
        ...definition,
        attributeCategories: [
          {
            id: 'c',
            name: 'C',
            attributes: [
              { id: 'a', name: 'A' },
              { id: 'a', name: 'B' },
            ],
          },
        ],
      },
    });
    expect(duplicate).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/unique/) },
    });
    expect(await test.result('kits.create', { name: '   ', definition })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const proto = await test.result('kits.create', {
      name: 'Proto',
      definition: { ...definition, sections: [{ id: '__proto__', title: 'x', questions: [] }] },
    });
    expect(proto).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('accept a kit written by hand without ids, and give every part one', async () => {
    const created = await test.call('kits.create', {
      name: 'Quick chat',
      definition: {
        sections: [{ title: 'Chat', questions: [{ text: 'How are you?' }, { text: 'What next?' }] }],
        attributeCategories: [{ name: 'Fit', attributes: [{ name: 'Warmth' }] }],
      },
    });
    const ids = [
      ...created.definition.sections.flatMap((section) => [
        section.id,
        ...section.questions.map((question) => question.id),
      ]),
      ...created.definition.attributeCategories.flatMap((category) => [
        category.id,
        ...category.attributes.map((attribute) => attribute.id),
      ]),
    ];
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(created.definition.sections[0]!.questions[1]!.guidance).toBe('');
  });
});
