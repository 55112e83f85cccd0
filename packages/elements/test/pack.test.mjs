// The published tarballs as `npm pack --dry-run` lists them, for elements and core: a LICENSE,
// no source map without its sources (src/ is not shipped), no map of the CDN folder, every
// export resolving to a packed file, and the sideEffects patterns naming packed files.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packageDir } from './react-fixture/harness.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function packed(dir) {
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [info] = JSON.parse(out);
  return { info, files: new Set(info.files.map((f) => f.path)) };
}

/** Every target path of an exports map (subpath patterns keep their `*`). */
function targets(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value).flatMap(targets);
}

const toRegExp = (pattern) =>
  new RegExp(
    `^${pattern
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')}$`,
  );

for (const name of ['elements', 'core']) {
  const dir = join(packageDir, '..', name);
  describe(`@mulighetsrom/${name} tarball`, () => {
    const { info, files } = packed(dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

    it('has a LICENSE', () => assert.ok(files.has('LICENSE')));

    it('ships no orphan map: every map carries its sources, none of dist/cdn', () => {
      const maps = [...files].filter((f) => f.endsWith('.map'));
      const orphans = maps.filter((f) => {
        const map = JSON.parse(readFileSync(join(dir, f), 'utf8'));
        return !map.sourcesContent || map.sourcesContent.some((text) => typeof text !== 'string');
      });
      assert.deepEqual(orphans, []);
      assert.deepEqual(
        maps.filter((f) => f.startsWith('dist/cdn/')),
        [],
      );
      assert.deepEqual(
        maps.filter((f) => f.endsWith('.d.ts.map')),
        [],
      );
    });

    it('every export resolves to a packed file', () => {
      for (const target of targets(pkg.exports)) {
        const re = toRegExp(target);
        assert.ok(
          [...files].some((f) => re.test(f)),
          `${target} is in the tarball`,
        );
      }
    });

    it('sideEffects names only packed files', () => {
      if (!Array.isArray(pkg.sideEffects)) return;
      for (const pattern of pkg.sideEffects) {
        // A pattern without a slash matches file names anywhere (webpack, Vite).
        const re = pattern.includes('/')
          ? toRegExp(pattern)
          : toRegExp(`**/${pattern}`.replace('**/', ''));
        const matches = [...files].filter((f) =>
          re.test(pattern.includes('/') ? f : f.split('/').pop()),
        );
        assert.ok(matches.length > 0, `${pattern} matches a packed file`);
      }
    });

    it(`reports its size (${(info.size / 1000).toFixed(1)} kB packed)`, () => {
      assert.ok(info.size > 0);
    });
  });
}
