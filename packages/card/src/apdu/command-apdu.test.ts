import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes.ts';
import { ApduFormatError } from './apdu-format-error.ts';
import { type CommandApdu, encodeCommand, parseCommand } from './command-apdu.ts';

const AID_DF1 = 'D392F0004F0200000000000000000000';

function roundTrip(hex: string): CommandApdu {
  const bytes = fromHex(hex);
  const c = parseCommand(bytes);
  expect(toHex(encodeCommand(c))).toBe(toHex(bytes));
  return c;
}

function formatError(fn: () => unknown): ApduFormatError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ApduFormatError);
    return e as ApduFormatError;
  }
  throw new Error('expected an ApduFormatError');
}

describe('command APDU codec (ISO/IEC 7816-4 cases)', () => {
  it('case 1: empty VERIFY 00 20 00 80 asks for tries left (chip.md §7.2)', () => {
    expect(roundTrip('00200080')).toEqual({
      cla: 0,
      ins: 0x20,
      p1: 0,
      p2: 0x80,
      data: new Uint8Array(0),
      le: null,
      extended: false,
    });
  });

  it('case 2S: GET CHALLENGE 00 84 00 00 08 (chip.md §4.4 step 2)', () => {
    const c = roundTrip('0084000008');
    expect(c.le).toBe(8);
    expect(c.extended).toBe(false);
    expect(roundTrip('00B0000000').le).toBe(256);
  });

  it('case 3S: SELECT MF and SELECT DF by AID (chip.md §4.7)', () => {
    expect(toHex(roundTrip('00A40000023F00').data)).toBe('3F00');
    const c = roundTrip(`00A4040C10${AID_DF1}`);
    expect(toHex(c.data)).toBe(AID_DF1);
    expect(c.le).toBeNull();
  });

  it('case 4S: MUTUAL AUTHENTICATE 00 82 00 00 28 … 00 (chip.md §4.4 step 5)', () => {
    const c = roundTrip(`0082000028${'AB'.repeat(40)}00`);
    expect(c.data.length).toBe(40);
    expect(c.le).toBe(256);
    expect(c.extended).toBe(false);
  });

  it('case 2E: plain READ BINARY 00 B0 82 00 00 00 00 = whole file (chip.md §4.6)', () => {
    const c = roundTrip('00B08200000000');
    expect(c).toMatchObject({ ins: 0xb0, p1: 0x82, le: 65536, extended: true });
    expect(roundTrip('00B0850000001B').le).toBe(0x1b);
  });

  it('case 3E: SET SESSION KEY 80 AE 00 00 00 01 00 ‖ 256 bytes (chip.md §6.1)', () => {
    const c = roundTrip(`80AE0000000100${'5A'.repeat(256)}`);
    expect(c.data.length).toBe(256);
    expect(c.le).toBeNull();
    expect(c.extended).toBe(true);
  });

  it('case 4E: SM READ BINARY 08 B0 85 00 00 00 04 96 02 00 00 00 00 (chip.md §4.6)', () => {
    const c = roundTrip('08B0850000000496020000' + '0000');
    expect(toHex(c.data)).toBe('96020000');
    expect(c).toMatchObject({ cla: 8, p1: 0x85, le: 65536, extended: true });
    expect(roundTrip('08B0810000000596030000000000').data.length).toBe(5);
  });

  it('encodes 256 as Le 00 and 65536 as 00 00, and switches to extended when needed', () => {
    const base = { cla: 0, ins: 0xb0, p1: 0x85, p2: 0, data: new Uint8Array(0), extended: false };
    expect(toHex(encodeCommand({ ...base, le: 256 }))).toBe('00B0850000');
    expect(toHex(encodeCommand({ ...base, le: 257 }))).toBe('00B08500000101');
    expect(toHex(encodeCommand({ ...base, le: 65536 }))).toBe('00B08500000000');
    const big = encodeCommand({ ...base, data: new Uint8Array(256), le: 2 });
    expect(toHex(big.subarray(0, 7))).toBe('00B08500000100');
    expect(toHex(big.subarray(big.length - 2))).toBe('0002');
    // case 1 has no extended form
    expect(toHex(encodeCommand({ ...base, le: null, extended: true }))).toBe('00B08500');
  });

  it('rejects fields that cannot be encoded with out-of-range', () => {
    const base = { cla: 0, ins: 0xb0, p1: 0, p2: 0, data: new Uint8Array(0), le: null, extended: false };
    expect(formatError(() => encodeCommand({ ...base, cla: 256 })).code).toBe('out-of-range');
    expect(formatError(() => encodeCommand({ ...base, p2: -1 })).code).toBe('out-of-range');
    expect(formatError(() => encodeCommand({ ...base, le: 0 })).code).toBe('out-of-range');
    expect(formatError(() => encodeCommand({ ...base, le: 65537 })).code).toBe('out-of-range');
    expect(formatError(() => encodeCommand({ ...base, data: new Uint8Array(65536) })).code).toBe(
      'out-of-range',
    );
  });

  it('reports malformed bytes with too-short and length-mismatch', () => {
    expect(formatError(() => parseCommand(fromHex('00A404'))).code).toBe('too-short');
    expect(formatError(() => parseCommand(new Uint8Array(0))).code).toBe('too-short');
    // Lc 16 but 15 data bytes
    expect(formatError(() => parseCommand(fromHex(`00A4040C10${AID_DF1.slice(2)}`))).code).toBe(
      'length-mismatch',
    );
    // Lc 2 then two bytes where Le takes one
    expect(formatError(() => parseCommand(fromHex('00A40000023F000000'))).code).toBe('length-mismatch');
    // 6 bytes starting an extended length
    expect(formatError(() => parseCommand(fromHex('00B000000001'))).code).toBe('length-mismatch');
    // extended Le 00 00 followed by more bytes
    expect(formatError(() => parseCommand(fromHex('00B00000000000FF'))).code).toBe('length-mismatch');
    // extended Lc 4 with 3 data bytes
    expect(formatError(() => parseCommand(fromHex('08B0850000000496020000'.slice(0, -2)))).code).toBe(
      'length-mismatch',
    );
    // extended Lc 4 with one stray byte after data
    expect(formatError(() => parseCommand(fromHex('08B085000000049602000000'))).code).toBe('length-mismatch');
  });

  it('"Lc wins" when asked to ignore surplus bytes (chip.md §4.7, §8.7)', () => {
    const c = parseCommand(fromHex(`00A4040C10${AID_DF1}00FFFF`), { surplus: 'ignore' });
    expect(toHex(c.data)).toBe(AID_DF1);
    expect(c.le).toBe(256);
    const e = parseCommand(fromHex('08B08500000004960200000000FF'), { surplus: 'ignore' });
    expect(toHex(e.data)).toBe('96020000');
    expect(e.le).toBe(65536);
    expect(formatError(() => parseCommand(fromHex('00A4040C10AA'), { surplus: 'ignore' })).code).toBe(
      'length-mismatch',
    );
  });

  const command = fc
    .record({
      cla: fc.integer({ min: 0, max: 255 }),
      ins: fc.integer({ min: 0, max: 255 }),
      p1: fc.integer({ min: 0, max: 255 }),
      p2: fc.integer({ min: 0, max: 255 }),
      data: fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ minLength: 0, maxLength: 8 })),
      le: fc.option(fc.oneof(fc.integer({ min: 1, max: 256 }), fc.integer({ min: 1, max: 65536 }))),
      extended: fc.boolean(),
    })
    .map((c): CommandApdu => {
      const hasBody = c.data.length > 0 || c.le !== null;
      const ext = hasBody && (c.extended || c.data.length > 255 || (c.le !== null && c.le > 256));
      return { ...c, extended: ext };
    });

  it('property: parse(encode(c)) = c for every encodable command', () => {
    fc.assert(
      fc.property(command, (c) => {
        expect(parseCommand(encodeCommand(c))).toEqual(c);
      }),
    );
  });

  it('property: random bytes parse or throw ApduFormatError, and what parses re-encodes byte-identically', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 12 }),
      fc.uint8Array({ maxLength: 300 }),
      fc
        .tuple(fc.uint8Array({ minLength: 4, maxLength: 4 }), fc.uint8Array({ maxLength: 40 }))
        .map(([h, d]) => Uint8Array.from([...h, d.length, ...d])),
    );
    fc.assert(
      fc.property(bytes, fc.constantFrom('reject' as const, 'ignore' as const), (b, surplus) => {
        let c: CommandApdu;
        try {
          c = parseCommand(b, { surplus });
        } catch (e) {
          expect(e).toBeInstanceOf(ApduFormatError);
          return;
        }
        if (surplus === 'reject') expect(toHex(encodeCommand(c))).toBe(toHex(b));
        else expect(encodeCommand(c).length).toBeLessThanOrEqual(b.length);
      }),
      { numRuns: 2000 },
    );
  });
});
