/** decide() in the browser, measured (`zairyu:decide`, read by the benchmark), messages in one language. */
import { type Decision, decide, type Lang, type Situation } from '@zairyu/rules';

/** The decision for a situation, with a performance measure around the call. */
export function runDecide(s: Situation, lang: Lang): Decision {
  const start = performance.now();
  const d = decide(s, { langs: [lang] });
  performance.measure('zairyu:decide', { start, end: performance.now() });
  return d;
}
