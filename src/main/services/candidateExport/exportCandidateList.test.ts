import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/contract/ContractTypes.ts';
import { parseCsv } from '../../../shared/csv/parseCsv.ts';
import { useTestBackend } from '../../testing/useTestBackend.ts';

type Exported = MethodOutput<'candidates.exportList'>;

const backend = useTestBackend();
const { call } = backend;

describe('candidates.exportList', () => {
  it('exports the filtered list in its order, every field, formulas neutralised', async () => {
    await call('candidates.create', {
      name: '=HYPERLINK("https://evil.example","Ada")',
      email: 'ada@example.org',
      phone: '+48 600 100 200',
      currentTitle: 'Staff Engineer',
      role: 'Engineer',
      tags: ['rust', 'remote'],
      links: ['https://ada.dev'],
      stageId: 'screening',
      consentUntil: '2027-05-31',
    });
    await call('candidates.create', { name: 'Grace Hopper', role: 'Engineer' });
    await call('candidates.create', { name: 'Alan Turing', role: 'Mathematician' });

    const all = await call<Exported>('candidates.exportList', { sort: 'name' });
    expect(all.count).toBe(3);
    expect(
      all.csv.startsWith(
        '\uFEFFName,Email,Phone,Current title,Location,Role,Source,Tags,Stage,Pronouns,Consent until,Links\r\n',
      ),
    ).toBe(true);
    const { records } = parseCsv(all.csv);
    expect(records.slice(1).map((record) => record.cells[0])).toEqual([
      `'=HYPERLINK("https://evil.example","Ada")`,
      'Alan Turing',
      'Grace Hopper',
    ]);
    expect(records[1]!.cells).toEqual([
      `'=HYPERLINK("https://evil.example","Ada")`,
      'ada@example.org',
      "'+48 600 100 200",
      'Staff Engineer',
      '',
      'Engineer',
      '',
      'rust; remote',
      'Screening',
      '',
      '2027-05-31',
      'https://ada.dev',
    ]);

    const engineers = await call<Exported>('candidates.exportList', { role: 'engineer', name: 'hop' });
    expect(engineers.count).toBe(1);
    expect(parseCsv(engineers.csv).records[1]!.cells[0]).toBe('Grace Hopper');
  });

  it('reads back through the import as the same candidates', async () => {
    await call('candidates.create', { name: '@Ada', phone: '-5', tags: ['x'], stageId: 'offer' });
    const { csv } = await call<Exported>('candidates.exportList', {});
    await call('candidates.delete', {
      id: (await call<{ items: Array<{ id: string }> }>('candidates.list', {})).items[0]!.id,
    });
    await call('candidates.import', { csv });
    const { items } = await call<{ items: Array<Record<string, unknown>> }>('candidates.list', {});
    expect(items[0]).toMatchObject({ name: '@Ada', phone: '-5', tags: ['x'], stageId: 'offer' });
  });
});

describe('candidates.list name filter', () => {
  it('finds part of a name in any case, and treats % and _ as plain characters', async () => {
    for (const name of ['Ada Lovelace', 'Gradaš Kovač', '100% Real', 'Under_score'])
      await call('candidates.create', { name });
    const names = async (name: string) =>
      (
        await call<{ items: Array<{ name: string }>; total: number }>('candidates.list', {
          name,
          sort: 'name',
        })
      ).items.map((candidate) => candidate.name);
    expect(await names('ADA')).toEqual(['Ada Lovelace', 'Gradaš Kovač']);
    expect(await names('%')).toEqual(['100% Real']);
    expect(await names('_')).toEqual(['Under_score']);
    expect((await call<{ total: number }>('candidates.list', { name: 'ada' })).total).toBe(2);
  });
});
