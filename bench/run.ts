/**
 * `npm run bench -- <name> [options]`: runs one benchmark. Each benchmark is a module in this folder
 * exporting `run(args)`; peers it measures against are dev dependencies used only here.
 */
const benches: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  ingest: () => import('./ingest'),
  entities: () => import('./entities'),
  pairs: () => import('./pairs'),
  align: () => import('./align'),
  search: () => import('./search'),
};

const [name, ...args] = process.argv.slice(2);
const load = name === undefined ? undefined : benches[name];
if (!load) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(benches).join('|')}> [options]\n`);
  process.exitCode = 2;
} else {
  await (await load()).run(args);
}

export {};
