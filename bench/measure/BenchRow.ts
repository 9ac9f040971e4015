/** One figure in the shared bench output format (`bench-results/<bench>.json`). */
export type BenchRow = {
  figure: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  target: string;
  met: boolean;
};
