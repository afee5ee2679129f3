/** Before any test file: the web build the browser tests and `zairyu serve` use is current. */
import { ensureWebBuild } from './ensure-web-build.ts';

export default async function setup(): Promise<void> {
  await ensureWebBuild();
}
