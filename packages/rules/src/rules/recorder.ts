/**
 * What rule units write as they decide: the trace (every rule that fired, its result and citations), the
 * reasons, warnings and steps. One recorder per decision; units receive it as an argument, so they stay
 * pure functions of their inputs.
 */
import { type Citation, type CitationId, citations } from '../citations.ts';
import type { ReasonCode, StepCode, WarningCode } from '../codes.ts';
import type { IsoDate } from '../date.ts';
import type { Reason, RuleName, Step, TraceEntry } from '../decision.ts';

const resolved = new WeakMap<readonly CitationId[], Citation[]>();
const warningRules = new Map<WarningCode, RuleName>();
const stepRules = new Map<StepCode, RuleName>();

/** `prefix:code`, built once per code (trace rule names are constants, so the serializer can cache them). */
function ruleName<C extends string>(cache: Map<C, RuleName>, prefix: 'warning' | 'step', code: C): RuleName {
  let hit = cache.get(code);
  if (hit === undefined) {
    hit = `${prefix}:${code}` as RuleName;
    cache.set(code, hit);
  }
  return hit;
}

/** The citation objects of some ids, cached by the identity of the (constant) id list. */
export function citeList(ids: readonly CitationId[]): Citation[] {
  let hit = resolved.get(ids);
  if (!hit) {
    hit = Object.freeze(ids.map((id) => citations[id])) as Citation[];
    resolved.set(ids, hit);
  }
  return hit;
}

/** Collects what the rule units find. */
export class Recorder {
  readonly trace: TraceEntry[] = [];
  readonly reasons: Reason[] = [];
  readonly warnings: WarningCode[] = [];
  readonly steps: Step[] = [];

  /** Records that `rule` fired with `result`, resting on `ids`. */
  fire(rule: RuleName, result: boolean | string | null, ids: readonly CitationId[]): void {
    this.trace.push({ rule, result, citations: ids as CitationId[] });
  }

  /** Adds a reason (all reasons are collected, in the order the units find them). */
  reason(code: ReasonCode, ids: readonly CitationId[]): void {
    this.reasons.push({ code, citations: citeList(ids) });
  }

  /** True when a reason with `code` was recorded. */
  has(code: ReasonCode): boolean {
    for (const r of this.reasons) if (r.code === code) return true;
    return false;
  }

  /** Adds a warning once, and its trace entry. */
  warn(code: WarningCode, ids: readonly CitationId[]): void {
    if (!this.warnings.includes(code)) this.warnings.push(code);
    this.fire(ruleName(warningRules, 'warning', code), code, ids);
  }

  /** Adds a step with its deadline, and its trace entry. */
  step(code: StepCode, deadline: IsoDate | null, ids: readonly CitationId[]): void {
    this.steps.push({ code, deadline });
    this.fire(ruleName(stepRules, 'step', code), deadline, ids);
  }
}
