import { resolveInside } from '../../demo/server/static-files.ts';
import { defineBenchmarks } from './benchmark.ts';

const hostilePath = '/' + '..%2f'.repeat(2_000) + 'etc/passwd';

export default defineBenchmarks([
  {
    name: 'static files: resolve a normal path',
    run: () => resolveInside('/srv/demo', '/widgets/mentorkit.js'),
    runs: 5_000,
  },
  {
    name: 'static files: refuse a 10 KB hostile path',
    run: () => resolveInside('/srv/demo', hostilePath),
    runs: 2_000,
  },
]);
