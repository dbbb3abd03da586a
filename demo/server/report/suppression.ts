// Small-cell suppression for the funder's report: no count of fewer than 5 people is published,
// and no such count can be worked out from a row's total and its other cells. Pure functions,
// no database; the report (report.ts) runs every published count through them.
//
// The rules, for a row whose cells add up to a total (statuses of a cohort's matches, the work
// situations of a round's answers…):
// 1. A total under 5 hides the row: the total and every cell.
// 2. Primary: every cell under 5 is hidden (0 included: "nobody" tells as much as "one").
// 3. Complementary: while the hidden cells together hold fewer than 5 people (one hidden cell
//    always does), the smallest shown cell is hidden too. Then the total minus the shown cells
//    gives only a sum of at least 5 spread over at least two cells, never one small cell.
// A hidden cell of either kind carries the same mark (`{ suppressed: true }`, "hidden" in the
// view and the CSV): a mark of its own for the complementary ones (which are often 5 or more)
// would tell which cells are the small ones, and undo rule 3.

/** The smallest count published. */
export const MIN_CELL = 5;

export type SuppressedCount = { suppressed: false; count: number } | { suppressed: true };

/** A count with its share of the row's total; the share is hidden with the count. */
export type SuppressedShare =
  { suppressed: false; count: number; share: number } | { suppressed: true };

export const HIDDEN = { suppressed: true } as const;

const shown = (count: number): SuppressedCount => ({ suppressed: false, count });

/** One count on its own (no total it adds up to): hidden under 5. */
export function suppressCount(count: number): SuppressedCount {
  return count < MIN_CELL ? HIDDEN : shown(count);
}

export interface SuppressedPartition {
  total: SuppressedCount;
  cells: SuppressedCount[];
}

/**
 * A total and the cells it is the sum of (each person in exactly one cell), suppressed by the
 * rules above. `hideAll` hides everything (the row's total is itself hidden elsewhere, say a
 * closed count that was hidden in its own row, so its parts must not be shown either).
 */
export function suppressPartition(
  total: number,
  cells: readonly number[],
  options: { hideAll?: boolean } = {},
): SuppressedPartition {
  const sum = cells.reduce((a, b) => a + b, 0);
  if (sum !== total) throw new RangeError(`The cells add up to ${sum}, not the total ${total}.`);
  if (options.hideAll || total < MIN_CELL) {
    return {
      total: options.hideAll ? HIDDEN : suppressCount(total),
      cells: cells.map(() => HIDDEN),
    };
  }
  const hidden = cells.map((count) => count < MIN_CELL);
  const hiddenSum = () => cells.reduce((a, count, i) => a + (hidden[i] ? count : 0), 0);
  while (hidden.some(Boolean) && hiddenSum() < MIN_CELL) {
    let smallest = -1;
    cells.forEach((count, i) => {
      if (!hidden[i] && (smallest < 0 || count < cells[smallest]!)) smallest = i;
    });
    // Cannot happen (all hidden means the hidden sum is the total, at least 5); a guard.
    if (smallest < 0) break;
    hidden[smallest] = true;
  }
  return {
    total: shown(total),
    cells: cells.map((count, i) => (hidden[i] ? HIDDEN : shown(count))),
  };
}

/** A suppressed count with its share of `total` (the share hidden with the count). */
export function withShare(cell: SuppressedCount, total: number): SuppressedShare {
  return cell.suppressed || total === 0
    ? HIDDEN
    : { suppressed: false, count: cell.count, share: cell.count / total };
}

/** The count when shown, undefined when hidden. */
export const countOf = (cell: SuppressedCount | SuppressedShare): number | undefined =>
  cell.suppressed ? undefined : cell.count;
