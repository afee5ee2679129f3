/**
 * `zairyu guide --json` and `--json --batch`: Situation JSON → Decision JSON, one document or JSON Lines,
 * streaming. Bad input gives an error object naming the field (exit code 2); a bad line in a batch gives
 * an error line in its place and the rest still runs.
 */
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import {
  type DecideOptions,
  decide,
  decisionJson,
  type InputIssue,
  type Lang,
  type MessageKey,
  parseSituation,
  t,
} from '@zairyu/rules';
import { EXIT, readAll, write } from './io.ts';

/** The error document printed for invalid input. */
export interface ErrorDocument {
  error: {
    code: 'invalid-json' | 'invalid-situation';
    /** The first offending field, dotted (`holder.status`), or null for unparsable JSON. */
    field: string | null;
    message: string;
    issues: { path: string; code: string; message: string }[];
    /** 1-based input line, in batch mode. */
    line?: number;
  };
}

function issueMessage(lang: Lang, i: InputIssue): string {
  const text = t(lang, `error.${i.code}` as MessageKey);
  return `${i.path || '(document)'}: ${text} (${i.detail})`;
}

/** Turns one JSON text into a Decision or an error document. */
export function decideText(
  text: string,
  lang: Lang,
  options: DecideOptions,
  line?: number,
): { ok: boolean; doc: unknown; json?: string } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const doc: ErrorDocument = {
      error: {
        code: 'invalid-json',
        field: null,
        message: `${t(lang, 'error.invalid-json')} (${detail})`,
        issues: [],
      },
    };
    if (line !== undefined) doc.error.line = line;
    return { ok: false, doc };
  }
  const parsed = parseSituation(input);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => ({ path: i.path, code: i.code, message: issueMessage(lang, i) }));
    const doc: ErrorDocument = {
      error: {
        code: 'invalid-situation',
        field: parsed.issues[0]?.path ?? null,
        message: issues.map((i) => i.message).join('; '),
        issues,
      },
    };
    if (line !== undefined) doc.error.line = line;
    return { ok: false, doc };
  }
  const doc = decide(parsed.value, options);
  // the rules splice pre-serialised citations and sentences: the same text as JSON.stringify(doc), faster
  return { ok: true, doc, json: decisionJson(doc) };
}

/** One Situation on stdin → one Decision on stdout. */
export async function runSingle(
  input: NodeJS.ReadableStream,
  out: Writable,
  err: Writable,
  lang: Lang,
  options: DecideOptions,
): Promise<number> {
  const text = await readAll(input);
  const r = decideText(text, lang, options);
  await write(out, `${JSON.stringify(r.doc, null, 2)}\n`);
  if (!r.ok) {
    const e = (r.doc as ErrorDocument).error;
    await write(err, `zairyu guide: ${e.message}\n`);
    return EXIT.invalidInput;
  }
  return EXIT.ok;
}

/**
 * Streams JSON Lines through `fn`: one output line per non-blank input line, written in 64 KiB chunks with
 * back-pressure. Returns how many lines were read and how many `fn` reported as bad.
 */
export async function streamLines(
  input: NodeJS.ReadableStream,
  out: Writable,
  fn: (text: string, line: number) => { ok: boolean; doc: unknown; json?: string },
): Promise<{ lines: number; bad: number }> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lines = 0;
  let bad = 0;
  let buffer = '';
  for await (const raw of rl) {
    lines++;
    const text = raw.trim();
    if (text === '') continue;
    const r = fn(text, lines);
    if (!r.ok) bad++;
    buffer += `${r.json ?? JSON.stringify(r.doc)}\n`;
    if (buffer.length > 65536) {
      await write(out, buffer);
      buffer = '';
    }
  }
  if (buffer) await write(out, buffer);
  return { lines, bad };
}

/** JSON Lines in → JSON Lines out, streaming; blank lines are skipped. */
export async function runBatch(
  input: NodeJS.ReadableStream,
  out: Writable,
  err: Writable,
  lang: Lang,
  options: DecideOptions,
): Promise<number> {
  const { lines, bad } = await streamLines(input, out, (text, line) => decideText(text, lang, options, line));
  if (bad > 0) {
    await write(
      err,
      `zairyu guide: ${bad} of ${lines} line(s) were invalid; see the error lines in the output.\n`,
    );
    return EXIT.invalidInput;
  }
  return EXIT.ok;
}
