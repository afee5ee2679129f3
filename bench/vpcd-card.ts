/**
 * A bench helper process: one sandbox card (card.json, argv[2]) plugged into vpcd, whose randomness restarts
 * at every reset — so a reader that resets the card and uses fixed randomness of its own gets byte-identical
 * answers to byte-identical commands (what lets bench:card replay a read as its software floor). Prints
 * "inserted" on stdout once connected; exits when vpcd closes the connection or on SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { chipImageFromJson } from '../packages/card/src/emulator/chip-image.ts';
import { ResidenceCardEmulator } from '../packages/card/src/emulator/residence-card-emulator.ts';
import { connectVpcd } from '../packages/card/src/transport/vpcd-client.ts';
import { Rng } from '../packages/card/test/fuzz/random.ts';

const source = Rng.byteSource('bench-card');
const card = new ResidenceCardEmulator(chipImageFromJson(readFileSync(process.argv[2] as string, 'utf8')), {
  random: source.random,
});
const conn = await connectVpcd({
  process: (c) => card.process(c),
  reset: () => {
    source.restart();
    return card.reset();
  },
  atr: () => card.atr(),
});
process.stdout.write('inserted\n');
process.once('SIGTERM', () => conn.close());
await conn.closed;
process.exit(0);
