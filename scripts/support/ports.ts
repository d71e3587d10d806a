// Ports for the servers the scripts and the own-server e2e specs start: free
// ones in 3500–3599, clear of the fixed ports of `npm start` (3000), the e2e
// suite (3100) and Lighthouse (3600), so several runs can share a machine.
import net from 'node:net';

const PORTS = { first: 3500, last: 3599 };

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** A free port in the range, starting at a random one so parallel runs rarely collide. */
export async function freePort(): Promise<number> {
  const span = PORTS.last - PORTS.first + 1;
  const offset = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = PORTS.first + ((offset + i) % span);
    if (await portIsFree(port)) return port;
  }
  throw new Error(`No free port in ${PORTS.first}–${PORTS.last}`);
}
