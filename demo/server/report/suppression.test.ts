import { describe, expect, it } from 'vitest';
import {
  HIDDEN,
  MIN_CELL,
  countOf,
  suppressCount,
  suppressPartition,
  withShare,
} from './suppression.ts';

const counts = (cells: ReturnType<typeof suppressPartition>['cells']) => cells.map(countOf);

/** What an outsider can work out: the total minus the shown cells, when one cell is hidden. */
function derivable(total: number | undefined, cells: (number | undefined)[]): number | undefined {
  const hidden = cells.filter((cell) => cell === undefined).length;
  if (total === undefined || hidden !== 1) return undefined;
  return total - cells.reduce<number>((a, b) => a + (b ?? 0), 0);
}

describe('suppressCount', () => {
  it('hides 0 and 4, shows 5', () => {
    expect(suppressCount(0)).toEqual(HIDDEN);
    expect(suppressCount(4)).toEqual(HIDDEN);
    expect(suppressCount(5)).toEqual({ suppressed: false, count: 5 });
    expect(MIN_CELL).toBe(5);
  });
});

describe('suppressPartition', () => {
  it('shows a row with no cell under 5 as it is', () => {
    const row = suppressPartition(15, [5, 10]);
    expect(countOf(row.total)).toBe(15);
    expect(counts(row.cells)).toEqual([5, 10]);
  });

  it('hides the whole row when the total is under 5 (4, and 0)', () => {
    expect(suppressPartition(4, [1, 3])).toEqual({ total: HIDDEN, cells: [HIDDEN, HIDDEN] });
    expect(suppressPartition(0, [0, 0, 0])).toEqual({
      total: HIDDEN,
      cells: [HIDDEN, HIDDEN, HIDDEN],
    });
  });

  it('hides a zero cell as it hides any under 5', () => {
    const row = suppressPartition(20, [10, 10, 0]);
    expect(counts(row.cells)[2]).toBeUndefined();
  });

  it('with one cell under 5, hides the smallest other cell too, so that it cannot be worked out', () => {
    const row = suppressPartition(22, [12, 7, 3]);
    expect(countOf(row.total)).toBe(22);
    expect(counts(row.cells)).toEqual([12, undefined, undefined]);
    expect(derivable(countOf(row.total), counts(row.cells))).toBeUndefined();
  });

  it('keeps hiding until the hidden cells hold at least 5 people together', () => {
    // 1 and 2 are hidden (3 together, so "total minus shown" would say little more than 1 + 2);
    // the 5 goes too: then 8 is spread over three hidden cells.
    const row = suppressPartition(26, [1, 2, 5, 18]);
    expect(counts(row.cells)).toEqual([undefined, undefined, undefined, 18]);
  });

  it('two small cells that hold 5 together need no more', () => {
    const row = suppressPartition(17, [2, 3, 12]);
    expect(counts(row.cells)).toEqual([undefined, undefined, 12]);
  });

  it('hides every cell when every cell is small, and keeps the total', () => {
    const row = suppressPartition(9, [1, 4, 4]);
    expect(countOf(row.total)).toBe(9);
    expect(counts(row.cells)).toEqual([undefined, undefined, undefined]);
  });

  it('hides a cell of 5 or more when it is the only complement ([5, 1] of 6: both hidden)', () => {
    const row = suppressPartition(6, [5, 0, 0, 0, 1]);
    expect(countOf(row.total)).toBe(6);
    expect(counts(row.cells)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('marks both kinds of hidden cell alike', () => {
    const row = suppressPartition(22, [12, 7, 3]);
    expect(row.cells[1]).toEqual(row.cells[2]);
  });

  it('no single hidden cell can be worked out, whatever the row (exhaustive, rows of 3 up to 12)', () => {
    for (let a = 0; a <= 12; a++) {
      for (let b = 0; b <= 12; b++) {
        for (let c = 0; c <= 12; c++) {
          const row = suppressPartition(a + b + c, [a, b, c]);
          const cells = counts(row.cells);
          expect(derivable(countOf(row.total), cells)).toBeUndefined();
          for (const [i, cell] of [a, b, c].entries()) {
            if (cell < MIN_CELL) expect(cells[i]).toBeUndefined();
          }
          const hidden = [a, b, c].filter((_, i) => cells[i] === undefined);
          if (hidden.length && countOf(row.total) !== undefined) {
            expect(hidden.reduce((x, y) => x + y, 0)).toBeGreaterThanOrEqual(MIN_CELL);
          }
        }
      }
    }
  });

  it('hideAll hides a row whose total is hidden elsewhere', () => {
    expect(suppressPartition(30, [10, 20], { hideAll: true })).toEqual({
      total: HIDDEN,
      cells: [HIDDEN, HIDDEN],
    });
  });

  it('refuses cells that do not add up to the total', () => {
    expect(() => suppressPartition(10, [3, 3])).toThrow(RangeError);
  });
});

describe('withShare', () => {
  it('gives the share of a shown count, and hides it with the count', () => {
    expect(withShare({ suppressed: false, count: 8 }, 12)).toEqual({
      suppressed: false,
      count: 8,
      share: 8 / 12,
    });
    expect(withShare(HIDDEN, 12)).toEqual(HIDDEN);
  });
});
