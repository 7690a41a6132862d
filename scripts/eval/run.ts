/**
 * `npm run eval -- <name> --data ../shared/data`: measures Qos against outside data. The data is never
 * copied into the repository; its path is always an argument.
 */
const evals: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  entities: () => import('./entities'),
  pairs: () => import('./pairs'),
  align: () => import('./align'),
};

const [name, ...args] = process.argv.slice(2);
const load = name === undefined ? undefined : evals[name];
if (!load) {
  process.stderr.write(`usage: npm run eval -- <${Object.keys(evals).join('|')}> --data DIR\n`);
  process.exitCode = 2;
} else {
  await (await load()).run(args);
}

export {};
