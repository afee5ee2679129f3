/**
 * Identifiers: `<prefix>_` + 10 characters of time + 16 random characters in lowercase Crockford base32, so
 * ids sort by creation and never look like a 12-digit individual number. Card numbers follow the card
 * format `AA99999999AA` and are random.
 */
import { randomBytes, randomInt } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A new id such as `res_01k3…`, time-ordered by `now`. */
export function newId(prefix: string, now: Date): string {
  let t = now.getTime();
  let time = '';
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(16);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % 32];
  return `${prefix}_${time}${rand}`;
}

/** A random card number in the format `AA99999999AA`. */
export function randomCardNumber(): string {
  const letter = () => String.fromCharCode(65 + randomInt(26));
  return `${letter()}${letter()}${String(randomInt(100_000_000)).padStart(8, '0')}${letter()}${letter()}`;
}
