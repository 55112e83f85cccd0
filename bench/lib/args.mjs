// Command-line options of run.mjs and floor.mjs, parsed with node:util parseArgs (strict:
// an unknown option or a missing value is an error).
import { parseArgs } from 'node:util';

function positiveInteger(name, value, fallback) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`--${name} needs a positive integer`);
  return number;
}

/**
 * run.mjs: `--samples N` (15), `--quick` (5 samples), `--updates N` (20), `--check`, `--cpu`
 * (the default: budgets on main-thread CPU), `--wall` (budgets on wall time), `--only a,b`,
 * `--no-build`.
 * @param {string[]} argv
 */
export function benchArgs(argv) {
  const { values, tokens } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    tokens: true,
    options: {
      samples: { type: 'string' },
      quick: { type: 'boolean', default: false },
      updates: { type: 'string' },
      check: { type: 'boolean', default: false },
      cpu: { type: 'boolean', default: false },
      wall: { type: 'boolean', default: false },
      only: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  if (values.cpu && values.wall) throw new Error('--cpu and --wall exclude each other');
  // --quick means 5 samples; of --quick and --samples N, the one given last counts.
  let samples = 15;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'quick') samples = 5;
    if (token.name === 'samples') samples = positiveInteger('samples', token.value, 15);
  }
  const options = {
    samples,
    updates: positiveInteger('updates', values.updates, 20),
    check: values.check,
    build: !values['no-build'],
    wall: values.wall,
  };
  if (values.only !== undefined) options.only = values.only.split(',');
  return options;
}

/**
 * floor.mjs: `--samples N` (15).
 * @param {string[]} argv
 */
export function floorArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: { samples: { type: 'string' } },
  });
  return { samples: positiveInteger('samples', values.samples, 15) };
}
