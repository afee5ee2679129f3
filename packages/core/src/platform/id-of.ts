/**
 * Read commands take an id or an object naming it (`getCard(ctx, id)` or `getCard(ctx, { cardId })`).
 */

/** The id from a string or from `input[key]`. */
export function idOf<K extends string>(input: string | Record<K, string>, key: K): string {
  return typeof input === 'string' ? input : String(input?.[key] ?? '');
}
