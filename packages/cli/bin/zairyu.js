#!/usr/bin/env node
// The zairyu command. Sources are TypeScript; tsx loads them (Node 20 has no type stripping).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
const code = await main(process.argv.slice(2));
// Exit once stdout has drained, even if a native handle (a PC/SC monitor thread) is still open.
process.stdout.write('', () => process.exit(code));
