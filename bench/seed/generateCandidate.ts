import { vocabulary } from './vocabulary.ts';

export type GeneratedCandidate = {
  name: string;
  email: string;
  phone: string;
  location: string;
  role: string;
  source: string;
  tags: string[];
  stage: string;
};

const stages = [
  'Sourced',
  'Contacted',
  'Screening',
  'Interviewing',
  'Offer',
  'Hired',
  'Rejected',
  'Withdrawn',
];
const stageWeights = [30, 20, 15, 12, 4, 4, 12, 3];

function weighted<T>(random: () => number, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random() * total;
  for (let index = 0; index < items.length; index += 1) {
    target -= weights[index]!;
    if (target < 0) return items[index]!;
  }
  return items.at(-1)!;
}

/** One plausible candidate; `serial` keeps every email unique so 100k rows never collide on dedupe. */
export function generateCandidate(random: () => number, serial: number): GeneratedCandidate {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const first = pick(vocabulary.firstNames);
  const last = pick(vocabulary.lastNames);
  const tagCount = Math.floor(random() * 3);
  const tags = new Set<string>();
  for (let index = 0; index < tagCount; index += 1) tags.add(pick(vocabulary.tags));
  const ascii = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return {
    name: `${first} ${last}`,
    email: `${ascii(first)}.${ascii(last)}.${serial}@example.com`,
    phone: `+48 ${String(500_000_000 + serial).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')}`,
    location: pick(vocabulary.cities),
    role: pick(vocabulary.roles),
    source: pick(vocabulary.sources),
    tags: [...tags],
    stage: weighted(random, stages, stageWeights),
  };
}
