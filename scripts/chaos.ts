/**
 * npm run chaos — the fault campaign of issue 10 (item 6) at full length: kill -9 of the server under write load
 * (SQLite and PostgreSQL, `--rounds` rounds each), PostgreSQL restarted under load on a private cluster, and the
 * disk full during writes. Prints one report per scenario and exits 1 when anything acknowledged was lost, a chain
 * broke, or a 500 was answered. The test suite runs a bounded slice of the same scenarios (packages/cli/test).
 */
import { parseArgs } from 'node:util';
import { privatePostgresUnavailable } from '../packages/cli/test/chaos/harness.ts';
import {
  type ChaosReport,
  diskFullDuringWrites,
  killNineUnderLoad,
  postgresRestartUnderLoad,
} from '../packages/cli/test/chaos/scenarios.ts';
import { openTestDatabase, postgresUnavailable } from '../packages/core/test/support/index.ts';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '10' }, 'load-ms': { type: 'string', default: '4000' } },
});
const rounds = Number(values.rounds);
const loadMs = Number(values['load-ms']);
if (!Number.isInteger(rounds) || rounds < 1 || !Number.isFinite(loadMs) || loadMs < 500) {
  process.stderr.write('chaos: --rounds must be a whole number ≥ 1 and --load-ms ≥ 500\n');
  process.exit(2);
}

const reports: ChaosReport[] = [];
const say = (r: ChaosReport) => {
  reports.push(r);
  process.stdout.write(
    `${r.scenario}: acknowledged ${r.acknowledged}, lost ${r.missing}, broken chains ${r.brokenChains.length}, ` +
      `answers ${JSON.stringify(r.statuses)}${Object.keys(r.problems).length ? `, problems ${JSON.stringify(r.problems)}` : ''}\n` +
      r.notes.map((n) => `  ${n}\n`).join(''),
  );
};

say(await killNineUnderLoad({ rounds, loadMs }));
if (postgresUnavailable) process.stdout.write(`skipped: kill -9 on PostgreSQL (${postgresUnavailable})\n`);
else {
  const h = await openTestDatabase('postgres');
  try {
    say(await killNineUnderLoad({ databaseUrl: h.t.location, rounds, loadMs }));
  } finally {
    await h.dispose();
  }
}
const why = privatePostgresUnavailable();
if (why) process.stdout.write(`skipped: PostgreSQL restart (${why})\n`);
else
  for (let i = 0; i < Math.max(1, Math.floor(rounds / 3)); i++)
    say(await postgresRestartUnderLoad({ loadMs }));
const full = await diskFullDuringWrites({ megabytes: 8 });
if (typeof full === 'string') process.stdout.write(`skipped: disk full (${full})\n`);
else say(full);

const bad = reports.filter((r) => r.missing > 0 || r.brokenChains.length > 0 || (r.statuses['500'] ?? 0) > 0);
process.stdout.write(
  bad.length === 0
    ? 'chaos: nothing lost, every chain intact, no 500\n'
    : `chaos: ${bad.length} scenario(s) failed\n`,
);
process.exit(bad.length === 0 ? 0 : 1);
