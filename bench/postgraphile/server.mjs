// PostGraphile v4 on the benchmark's database, for npm run bench's side-by-side comparison (issue 12
// measured this service against it). Started by bench/run.ts with BENCH_OWNER_URL; serves POST /graphql
// on node:http with the production options PostGraphile documents (no query log, no GraphiQL, no
// watch), a pool of 10 connections like the application's, and answers the parent over IPC: ready
// (its port), stats (its RSS), stop.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';

const pool = new pg.Pool({ connectionString: process.env.BENCH_OWNER_URL, max: 10 });
const handler = postgraphile(pool, 'public', {
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  disableQueryLog: true,
  graphiql: false,
  watchPg: false,
  retryOnInitFail: false,
  extendedErrors: [],
});
const server = createServer(handler);

let peak = 0;
const sample = () => {
  const rss = process.memoryUsage().rss;
  peak = Math.max(peak, rss);
  return rss;
};
setInterval(sample, 100).unref();

const stop = async () => {
  server.close();
  await handler.release?.();
  await pool.end().catch(() => undefined);
};
process.on('disconnect', () => void stop().finally(() => process.exit(0)));
process.on('message', ({ id, command }) => {
  const done =
    command.cmd === 'stop'
      ? stop().then(() => {
          setImmediate(() => process.exit(0));
          return {};
        })
      : command.cmd === 'stats'
        ? Promise.resolve({
            statements: 0,
            rssMb: sample() / 2 ** 20,
            peakRssMb: peak / 2 ** 20,
            cpuMs: ((usage) => (usage.user + usage.system) / 1000)(process.cpuUsage()),
          }).finally(() => {
            peak = 0;
          })
        : Promise.reject(new Error(`postgraphile does not ${command.cmd}`));
  done.then(
    (result) => process.connected && process.send({ id, result }),
    (error) => process.connected && process.send({ id, error: String(error) }),
  );
});

server.listen(0, '127.0.0.1', () => process.send({ ready: true, appPort: server.address().port, baselinePort: 0 }));
