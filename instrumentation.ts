/** Runs once in the server process, before it handles a request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { guardHttpServers } = await import('./lib/request-guard');
    guardHttpServers();
  }
}
