import { describe, expect, it } from 'vitest';
import { LineSplitter } from './line-splitter.ts';

describe('LineSplitter', () => {
  it('splits across chunks and drops the CR of CRLF', () => {
    const s = new LineSplitter(100);
    expect(s.push('00A4')).toEqual([]);
    expect(s.push('0400\r\nRES')).toEqual(['00A40400']);
    expect(s.push(Buffer.from('ET\n\n'))).toEqual(['RESET', '']);
    expect(s.end()).toEqual([]);
  });

  it('returns the last line without a newline at the end', () => {
    const s = new LineSplitter(100);
    expect(s.push('9000')).toEqual([]);
    expect(s.end()).toEqual(['9000']);
  });

  it('turns an over-long line into one null and keeps what follows', () => {
    const s = new LineSplitter(8);
    expect(s.push('0123456')).toEqual([]);
    expect(s.push('789ABCDEF')).toEqual([]); // over the limit: nothing kept
    expect(s.push('FFFF\n9000\n')).toEqual([null, '9000']);
    const t = new LineSplitter(4);
    t.push('x'.repeat(1000));
    expect(t.end()).toEqual([null]);
  });

  it('does not split a UTF-8 character across chunks', () => {
    const s = new LineSplitter(100);
    const bytes = Buffer.from('あ\n');
    expect(s.push(bytes.subarray(0, 1))).toEqual([]);
    expect(s.push(bytes.subarray(1))).toEqual(['あ']);
  });
});
