#!/usr/bin/env node
// The zairyu command. Sources are TypeScript; tsx loads them (Node 20 has no type stripping).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
