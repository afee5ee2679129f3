import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'zairyu.js');
const dir = mkdtempSync(join(tmpdir(), 'zairyu-card-cli-'));
const env = { ...process.env, ZAIRYU_CA_DIR: join(dir, 'ca') };

function zairyu(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env,
    cwd: dir,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const emulator = (card: string) => `"${process.execPath}" "${BIN}" card emulate --card "${card}" --stdio`;
let numbers: Record<string, string> = {};

beforeAll(() => {
  for (const type of ['1', '05', '07']) {
    const r = zairyu([
      'card',
      'issue',
      '--type',
      type,
      '--out',
      join(dir, `card-${type}.json`),
      '--seed',
      '5',
    ]);
    expect(r.code, r.stderr).toBe(0);
    numbers = { ...numbers, [type]: r.stdout.trim() };
  }
}, 120_000);

describe('zairyu card (issue → emulate → read)', () => {
  for (const type of ['1', '05', '07']) {
    it(`reads a type ${type} card through --via-command and verifies it (sandbox profile)`, () => {
      const r = zairyu([
        'card',
        'read',
        '--card-number',
        numbers[type]!,
        '--via-command',
        emulator(join(dir, `card-${type}.json`)),
        '--json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.cardType).toBe(type);
      expect(out.verdict.find((v: { check: string }) => v.check === 'signature').status).toBe('SUCCEEDED');
      expect(out.fields.cardNumber).toBe(numbers[type]);
      expect(out.transcript.apdus).toBeGreaterThan(10);
      expect(JSON.stringify(out)).not.toMatch(/999\d{9}/); // the synthetic 個人番号 never leaves the card
    }, 60_000);
  }

  it('answers stdio hex lines one for one, RESET with the ATR, junk with 6700', () => {
    const r = zairyu(
      ['card', 'emulate', '--card', join(dir, 'card-05.json'), '--stdio'],
      '00 B0 8A 00 00 00 00\nRESET\n\nnot hex\n00A4\n',
    );
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'C10230359000',
      expect.stringMatching(/^3B888001/),
      '6700',
      '6700',
    ]);
  });

  it('exports the sandbox CA as PEM', () => {
    const r = zairyu(['card', 'ca', '--export', join(dir, 'pem')]);
    expect(r.code).toBe(0);
    for (const f of ['gen1-ca.pem', 'gen2-ca.pem', 'delivery-public.pem'])
      expect(readFileSync(join(dir, 'pem', f), 'utf8')).toMatch(/BEGIN/);
    expect(readFileSync(join(dir, 'pem', 'gen2-ca.pem'), 'utf8')).not.toMatch(/PRIVATE/);
  });
});

describe('zairyu card: bad input gets one line and a non-zero exit', () => {
  const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

  it('wrong card number → card-access FAILED, exit 3', () => {
    const r = zairyu(['card', 'read', '--card-number', 'ZZ00000000ZZ', '--card', join(dir, 'card-05.json')]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/card-access\s+FAILED\s+card-number-mismatch/);
    expect(r.stderr).toMatch(/does not match/);
    noStack(r.stderr);
  });

  it('malformed card number, unknown card type, unreadable or tampered card file → exit 2', () => {
    const bad = [
      zairyu(['card', 'read', '--card-number', 'A1', '--card', join(dir, 'card-05.json')]),
      zairyu(['card', 'issue', '--type', '09', '--out', join(dir, 'x.json')]),
      zairyu(['card', 'read', '--card-number', numbers['05']!, '--card', join(dir, 'missing.json')]),
      zairyu(['card', 'emulate', '--card', join(dir, 'card-05.json')]),
    ];
    const doc = JSON.parse(readFileSync(join(dir, 'card-05.json'), 'utf8'));
    doc.files[3].content = 'ZZ';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(doc));
    bad.push(zairyu(['card', 'read', '--card-number', numbers['05']!, '--card', join(dir, 'bad.json')]));
    for (const r of bad) {
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      noStack(r.stderr);
    }
  });

  it('a truncated file on the card → card error, exit 4; a tampered signed byte → signature FAILED, exit 3', () => {
    const doc = JSON.parse(readFileSync(join(dir, 'card-05.json'), 'utf8'));
    const printed = doc.files.find((f: { df: string; ef: number }) => f.df === 'DF1' && f.ef === 2);
    printed.content = printed.content.slice(0, 20);
    writeFileSync(join(dir, 'short.json'), JSON.stringify(doc));
    const r = zairyu(['card', 'read', '--card-number', numbers['05']!, '--card', join(dir, 'short.json')]);
    expect(r.code).toBe(4);
    noStack(r.stderr);
    const doc2 = JSON.parse(readFileSync(join(dir, 'card-05.json'), 'utf8'));
    const face = doc2.files.find((f: { df: string; ef: number }) => f.df === 'DF1' && f.ef === 3);
    face.content = `${face.content.slice(0, 5000)}${face.content[5000] === '0' ? '1' : '0'}${face.content.slice(5001)}`;
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(doc2));
    const t = zairyu(['card', 'read', '--card-number', numbers['05']!, '--card', join(dir, 'tampered.json')]);
    expect(t.code).toBe(3);
    expect(t.stdout).toMatch(/signature\s+FAILED/);
  });

  it('a card command that dies → reader error, exit 4, no hang', () => {
    const r = zairyu(['card', 'read', '--card-number', numbers['05']!, '--via-command', 'exit 1']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/reader: /);
    noStack(r.stderr);
  });

  it('hostile card.json shapes and keys → exit 2, one line naming the field, never "internal error"', () => {
    const doc = JSON.parse(readFileSync(join(dir, 'card-07.json'), 'utf8'));
    const variants: [string, (d: Record<string, unknown>) => void, RegExp][] = [
      ['null-entry', (d) => ((d.files as unknown[])[1] = null), /files\[1\] must be an object/],
      [
        'content-number',
        (d) => ((d.files as { content: unknown }[])[0]!.content = 12),
        /files\[0\]\.content/,
      ],
      [
        'bad-pem',
        (d) => (d.deliveryPrivateKeyPem = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'),
        /deliveryPrivateKeyPem .*card-json-bad-key/,
      ],
      ['my-number-hex', (d) => ((d.myNumber as { files: unknown }).files = { '0001': 'XYZ' }), /not hex/],
    ];
    for (const [name, change, message] of variants) {
      const d = structuredClone(doc);
      change(d);
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(d));
      for (const args of [
        ['card', 'read', '--card-number', numbers['07']!, '--card', join(dir, `${name}.json`)],
        ['card', 'emulate', '--card', join(dir, `${name}.json`), '--stdio'],
      ]) {
        const r = zairyu(args);
        expect(r.code, `${name}: ${r.stderr}`).toBe(2);
        expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
        expect(r.stderr, name).toMatch(message);
        expect(r.stderr, name).not.toMatch(/internal error/);
        noStack(r.stderr);
      }
    }
  });

  it('a --delivery-key that is not an RSA public key → exit 2 with the code', () => {
    writeFileSync(
      join(dir, 'bad-key.pem'),
      '-----BEGIN PUBLIC KEY-----\nnot base64!\n-----END PUBLIC KEY-----\n',
    );
    const r = zairyu([
      'card',
      'read',
      '--card-number',
      numbers['07']!,
      '--card',
      join(dir, 'card-07.json'),
      '--delivery-key',
      join(dir, 'bad-key.pem'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--delivery-key .*key-unreadable/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a card answering GET CHALLENGE with 15 bytes → card error at get-challenge, exit 4, one line', () => {
    // a proxy in front of the real emulator that rewrites the answer to GET CHALLENGE (00 84 …)
    const proxy = join(dir, 'hostile-proxy.mjs');
    writeFileSync(
      proxy,
      `import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
const card = spawn(process.execPath, ${JSON.stringify([BIN, 'card', 'emulate', '--card', join(dir, 'card-05.json'), '--stdio'])}, { stdio: ['pipe', 'pipe', 'inherit'] });
const answers = createInterface({ input: card.stdout });
const queue = [];
answers.on('line', (l) => queue.shift()(l));
for await (const line of createInterface({ input: process.stdin })) {
  const answer = await new Promise((r) => { queue.push(r); card.stdin.write(line + '\\n'); });
  process.stdout.write((line.startsWith('0084') ? '07'.repeat(15) + '9000' : answer) + '\\n');
}
card.stdin.end();
`,
    );
    const r = zairyu([
      'card',
      'read',
      '--card-number',
      numbers['05']!,
      '--via-command',
      `"${process.execPath}" "${proxy}"`,
    ]);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toMatch(
      /^zairyu: card: get-challenge: the card answered 15 bytes, expected 8 \(wrong-length\)$/m,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('a card command that prints garbage or an endless line → reader error, exit 4', () => {
    const junk = zairyu(['card', 'read', '--card-number', numbers['05']!, '--via-command', 'yes zz']);
    expect(junk.code).toBe(4);
    expect(junk.stderr).toMatch(/reader: .*not hex.*\(bad-answer\)/);
    const endless = zairyu([
      'card',
      'read',
      '--card-number',
      numbers['05']!,
      '--via-command',
      `"${process.execPath}" -e "process.stdout.write('9'.repeat(5e6))"`,
    ]);
    expect(endless.code).toBe(4);
    expect(endless.stderr).toMatch(/reader: .*(longer than any APDU|exited)/);
    noStack(endless.stderr);
  });

  it('card read --images: a hostile image on the card is refused, typed; the others are written; exit 4', () => {
    const doc = JSON.parse(readFileSync(join(dir, 'card-1.json'), 'utf8'));
    const front = doc.files.find((f: { df: string; ef: number }) => f.df === 'DF1' && f.ef === 1);
    const hostile = readFileSync(
      resolve(
        import.meta.dirname,
        '..',
        '..',
        'card',
        'test',
        'fixtures',
        'hostile',
        'tiff-huge-dimensions.tif',
      ),
    );
    const value = Buffer.alloc(7000);
    hostile.copy(value);
    front.content = `D0821B58${value.toString('hex').toUpperCase()}`;
    writeFileSync(join(dir, 'hostile-front.json'), JSON.stringify(doc));
    const out = join(dir, 'images-hostile');
    const t0 = Date.now();
    const r = zairyu([
      'card',
      'read',
      '--card-number',
      numbers['1']!,
      '--card',
      join(dir, 'hostile-front.json'),
      '--images',
      out,
    ]);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stdout).toMatch(/Verdict:/); // the report is still printed
    expect(r.stderr).toMatch(
      /^zairyu: card: the front image on the card was refused: .*\(image-too-large\)$/m,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(out, 'face.png')).subarray(1, 4).toString()).toBe('PNG');
    noStack(r.stderr);
  }, 60_000);

  it('sandbox profile: a card from another sandbox verifies with its CA as --trust-anchor; the verdict names it', () => {
    const other = join(dir, 'other-ca');
    const issued = zairyu([
      'card',
      'issue',
      '--type',
      '05',
      '--out',
      join(dir, 'other.json'),
      '--seed',
      '6',
      '--ca-dir',
      other,
    ]);
    expect(issued.code, issued.stderr).toBe(0);
    expect(zairyu(['card', 'ca', '--export', join(dir, 'other-pem'), '--ca-dir', other]).code).toBe(0);
    const base = ['card', 'read', '--card-number', issued.stdout.trim(), '--card', join(dir, 'other.json')];
    const chainOf = (r: { stdout: string }) =>
      JSON.parse(r.stdout).verdict.find((v: { check: string }) => v.check === 'certificate-chain');
    const without = zairyu([...base, '--json']);
    expect(chainOf(without).status).toBe('FAILED');
    const withAnchor = zairyu([...base, '--json', '--trust-anchor', join(dir, 'other-pem', 'gen2-ca.pem')]);
    expect(chainOf(withAnchor)).toMatchObject({ status: 'SUCCEEDED', anchorSource: 'supplied' });
    expect(chainOf(withAnchor).anchorSha256).toMatch(/^[0-9a-f]{64}$/);
    const text = zairyu([...base, '--trust-anchor', join(dir, 'other-pem', 'gen2-ca.pem')]);
    expect(text.stdout).toMatch(
      /certificate-chain\s+SUCCEEDED\s+chains-to-anchor {2}\(anchor SHA-256 [0-9a-f]{64}, supplied\)/,
    );
    const prod = zairyu([
      ...base,
      '--trust-profile',
      'production',
      '--trust-anchor',
      join(dir, 'other-pem', 'gen2-ca.pem'),
    ]);
    expect(prod.code).toBe(2);
    expect(prod.stderr).toMatch(/anchor-not-pinned/);
  }, 60_000);

  it('every chip-only field of source article ⑤ is shown, labelled, in text and JSON', () => {
    const json = JSON.parse(
      zairyu(['card', 'read', '--card-number', numbers['07']!, '--card', join(dir, 'card-07.json'), '--json'])
        .stdout,
    );
    expect(json.chipOnly.map((c: { field: string }) => c.field)).toEqual([
      'periodOfStay',
      'permissionType',
      'permissionDate',
      'issueDate',
    ]);
    expect(json.chipOnly[0]).toMatchObject({
      label: { ja: '在留期間' },
      presence: 'on-chip',
      value: json.fields.periodOfStay,
    });
    expect(json.chipOnly[3]).toMatchObject({
      label: { ja: '交付年月日' },
      presence: 'no-chip-tag',
      value: null,
    });
    expect(json.fields.issueDate).toBeNull();
    const text = zairyu([
      'card',
      'read',
      '--card-number',
      numbers['07']!,
      '--card',
      join(dir, 'card-07.json'),
    ]).stdout;
    expect(text).toMatch(/Chip-only fields/);
    for (const ja of ['在留期間', '許可の種類', '許可年月日', '交付年月日']) expect(text).toContain(ja);
    expect(text).toMatch(new RegExp(`許可年月日 / date of permission\\s+${json.fields.permissionDate}`));
    expect(text).toMatch(/交付年月日 \/ date of issue\s+— {2}公開/);
    const gen1 = zairyu([
      'card',
      'read',
      '--card-number',
      numbers['1']!,
      '--card',
      join(dir, 'card-1.json'),
    ]).stdout;
    expect(gen1).toMatch(/在留期間 \/ period of stay\s+— {2}券面イメージ/);
  }, 60_000);
});
