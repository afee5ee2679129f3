/**
 * Cursor paging shared by every list: ask the database for one row more than the page, and the cursor of the
 * next page is the id of the page's last row (null at the end). Ids sort in creation order (ULIDs).
 */

/** Paging input of a list. */
export interface PageInput {
  /** 1–500, default 100. */
  limit?: number;
  /** Rows after this id. */
  cursor?: string | null;
}

/** One page of a list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The page size asked for, clamped to 1–500 (default 100). */
export function pageLimit(input: PageInput = {}): number {
  return Math.min(500, Math.max(1, Math.floor(input.limit ?? 100)));
}

/** The page of `rows` (fetched with `limit + 1`), presented. */
export function toPage<R extends { id: string }, T>(
  rows: R[],
  limit: number,
  present: (row: R) => T,
): Page<T> {
  const page = rows.slice(0, limit);
  return {
    items: page.map(present),
    nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
