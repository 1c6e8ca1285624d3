import net from 'node:net';

let installed = false;

/**
 * Turns Nagle's algorithm off for the TCP sockets this process opens, as the official Python and Go Neo4j drivers
 * do for Bolt. neo4j-driver 5 for JavaScript leaves it on and writes each Bolt request in more than one piece, so
 * with the server's delayed ACK every query waited ~20–40 ms on loopback: `RETURN 1` took 24–32 ms, 8 ms without
 * Nagle on the same loaded machine (docs/BENCHMARKS.md). The driver exposes no socket option, hence this hook on
 * `net.Socket#connect`; Node's own HTTP server and client already default to no delay.
 */
export function enableTcpNoDelay(): void {
  if (installed) return;
  installed = true;
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    this.setNoDelay(true);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
}
