import { describe, expect, it } from 'vitest';
import { negotiateLang } from './lang.ts';

describe('negotiateLang', () => {
  it('takes the best supported language by q-value, English otherwise', () => {
    expect(negotiateLang(undefined)).toBe('en');
    expect(negotiateLang('')).toBe('en');
    expect(negotiateLang('ja')).toBe('ja');
    expect(negotiateLang('ja-JP,ja;q=0.9,en;q=0.8')).toBe('ja');
    expect(negotiateLang('en-US,ja;q=0.5')).toBe('en');
    expect(negotiateLang('fr;q=1, ja;q=0.2')).toBe('ja');
    expect(negotiateLang('ja-x-easy')).toBe('ja-easy');
    expect(negotiateLang('ja-easy, en;q=0.1')).toBe('ja-easy');
    expect(negotiateLang('de, fr')).toBe('en');
    expect(negotiateLang('ja;q=0, en;q=0.1')).toBe('en');
    expect(negotiateLang(['vi', 'ja;q=0.3'])).toBe('ja');
  });
});
