import net from 'node:net';

export interface RawResponse {
  status: number;
  /** Every header line as sent, names lower-cased, repeats kept. */
  headers: [name: string, value: string][];
  /** The value of a header sent once; throws when it was sent more than once. */
  header(name: string): string | undefined;
}

/**
 * Sends one HTTP/1.1 request exactly as written, over a plain socket: a request target in absolute
 * form (`http://other.host/en`) or a Host header no HTTP client lets a test choose. Reads the answer
 * until the server closes the connection.
 */
export function rawRequest(baseURL: string, target: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port, host } = new URL(baseURL);
  const lines = [`GET ${target} HTTP/1.1`, ...Object.entries({ Host: host, ...headers }).map(([name, value]) => `${name}: ${value}`), 'Connection: close'];
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(`${lines.join('\r\n')}\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error(`no answer to GET ${target} within 30 s`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const head = Buffer.concat(chunks).toString('latin1').split('\r\n\r\n', 1)[0] ?? '';
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
      const parsed = headerLines.map((line): [string, string] => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
      });
      resolve({
        status,
        headers: parsed,
        header(name) {
          const values = parsed.filter(([key]) => key === name.toLowerCase()).map(([, value]) => value);
          if (values.length > 1) throw new Error(`${name} was sent ${values.length} times`);
          return values[0];
        },
      });
    });
  });
}
