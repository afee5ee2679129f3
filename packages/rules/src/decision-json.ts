/**
 * The Decision as JSON text, byte-identical to `JSON.stringify(decision)`, but fast: citations are frozen
 * constants, so their JSON is computed once and spliced in; citation lists shared by the rules are spliced by
 * identity; rendered sentences bring their JSON from the renderer's cache. The batch path of
 * `zairyu guide --json --batch` writes this text instead of stringifying the object.
 */
import type { Citation } from './citations.ts';
import type { DateBasis, Decision, TraceEntry } from './decision.ts';
import { messagesJson } from './messages.ts';

const citationJson = new WeakMap<Citation, string>();
const citationListJson = new WeakMap<readonly Citation[], string>();
const idListJson = new WeakMap<readonly string[], string>();
const SAFE = /^[\w:,.\- ]*$/;

/** A string as JSON (plain codes and dates need no escaping). */
function str(s: string): string {
  return SAFE.test(s) ? `"${s}"` : JSON.stringify(s);
}

function citation(c: Citation): string {
  let hit = citationJson.get(c);
  if (hit === undefined) {
    hit = JSON.stringify(c);
    if (Object.isFrozen(c)) citationJson.set(c, hit);
  }
  return hit;
}

function citations(list: readonly Citation[]): string {
  let hit = citationListJson.get(list);
  if (hit === undefined) {
    hit = `[${list.map(citation).join(',')}]`;
    if (Object.isFrozen(list)) citationListJson.set(list, hit);
  }
  return hit;
}

function ids(list: readonly string[]): string {
  let hit = idListJson.get(list);
  if (hit === undefined) {
    hit = list.length === 0 ? '[]' : `["${list.join('","')}"]`;
    idListJson.set(list, hit);
  }
  return hit;
}

function date(d: string | null): string {
  return d === null ? 'null' : `"${d}"`;
}

function codes(list: readonly string[]): string {
  return list.length === 0 ? '[]' : `["${list.join('","')}"]`;
}

function basis(b: DateBasis<string> | null): string {
  return b === null ? 'null' : `{"code":"${b.code}","citations":${citations(b.citations)}}`;
}

function trace(list: readonly TraceEntry[]): string {
  let out = '[';
  for (let i = 0; i < list.length; i++) {
    const t = list[i] as TraceEntry;
    const r = t.result;
    const result = r === null ? 'null' : typeof r === 'boolean' ? (r ? 'true' : 'false') : str(r);
    out += `${i === 0 ? '' : ','}{"rule":${str(t.rule)},"result":${result},"citations":${ids(t.citations)}}`;
  }
  return `${out}]`;
}

/** `JSON.stringify(d)`, assembled from cached pieces. */
export function decisionJson(d: Decision): string {
  const sc = d.specifiedCard;
  let reasons = '[';
  for (let i = 0; i < sc.reasons.length; i++) {
    const r = sc.reasons[i] as Decision['specifiedCard']['reasons'][number];
    reasons += `${i === 0 ? '' : ','}{"code":"${r.code}","citations":${citations(r.citations)}}`;
  }
  reasons += ']';
  let steps = '[';
  for (let i = 0; i < d.steps.length; i++) {
    const s = d.steps[i] as Decision['steps'][number];
    steps += `${i === 0 ? '' : ','}{"code":"${s.code}","deadline":${date(s.deadline)}}`;
  }
  steps += ']';
  return (
    `{"asOf":"${d.asOf}","specifiedCard":{"eligible":${sc.eligible},"available":${sc.available},"reasons":${reasons}}` +
    `,"office":${d.office === null ? 'null' : `"${d.office}"`}` +
    `,"cardToBeIssued":${d.cardToBeIssued === null ? 'null' : `"${d.cardToBeIssued}"`}` +
    `,"cardExpiry":${date(d.cardExpiry)},"documents":${codes(d.documents)}` +
    `,"earliestDate":${date(d.earliestDate)},"applicationWindowFrom":${date(d.applicationWindowFrom)}` +
    `,"earliestDateBasis":${basis(d.earliestDateBasis)},"applicationWindowBasis":${basis(d.applicationWindowBasis)}` +
    `,"procedureDocuments":${codes(d.procedureDocuments)}` +
    `,"lawfulStayUntil":${date(d.lawfulStayUntil)},"specialPeriodUntil":${date(d.specialPeriodUntil)}` +
    `,"currentCardValidUntil":${date(d.currentCardValidUntil)}` +
    `,"myNumberFunctionExpiry":${date(d.myNumberFunctionExpiry)},"eCertificateExpiry":${date(d.eCertificateExpiry)}` +
    `,"obligations":${codes(d.obligations)},"warnings":${codes(d.warnings)},"steps":${steps}` +
    `,"trace":${trace(d.trace)},"messages":${messagesJson(d.messages)}}`
  );
}
