// Entry point of the demo server: `node scripts/run-ts.mjs demo/server/main.ts`.
// PORT chooses the port (default 4173); HOST stays 127.0.0.1 unless set.
import { createDemoServer, listen } from './app.ts';

export const DEFAULT_PORT = 4173;

const port = Number(process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0-65535), not "${process.env.PORT}".`);
  process.exit(2);
}

const server = createDemoServer();
try {
  const url = await listen(server, port, process.env.HOST ?? '127.0.0.1');
  console.log(`Mentorkit demo: ${url}`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is in use. Start with another one: PORT=4180 npm start`
      : `The demo server could not start: ${String(error)}`,
  );
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
