// Lints the GitHub workflows that the archetype gives a new project, and every workflow that
// docs/starter-and-ci.md shows, with actionlint compiled to WebAssembly (nothing is downloaded at run time);
// checks that the page shows the archetype's workflows and action as they are.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const cli = join(here, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');
const project = join(root, 'archetype', 'src', 'main', 'resources', 'archetype-resources');
const guidePath = join(root, 'docs', 'starter-and-ci.md');

function actionlint(directory) {
  return spawnSync(process.execPath, [cli, '.github/workflows/*.yml'], { cwd: directory, stdio: 'inherit' }).status === 0;
}

let passed = actionlint(project);

const guide = readFileSync(guidePath, 'utf8');
const shown = [
  ...readdirSync(join(project, '.github', 'workflows')).map(name => join('.github', 'workflows', name)),
  join('.github', 'actions', 'setup-touchmap', 'action.yml'),
];
for (const file of shown) {
  if (!guide.includes('```yaml\n' + readFileSync(join(project, file), 'utf8') + '```\n')) {
    console.error(`docs/starter-and-ci.md does not show ${file} as the archetype has it`);
    passed = false;
  }
}

const workflows = [...guide.matchAll(/```yaml\n([\s\S]*?)```\n/g)].map(m => m[1]).filter(text => /^jobs:/m.test(text));
const scratch = mkdtempSync(join(tmpdir(), 'touchmap-actionlint-'));
try {
  mkdirSync(join(scratch, '.github', 'workflows'), { recursive: true });
  workflows.forEach((text, i) => writeFileSync(join(scratch, '.github', 'workflows', `starter-and-ci-${i + 1}.yml`), text));
  console.log(`docs/starter-and-ci.md shows ${workflows.length} workflow(s):`);
  passed = actionlint(scratch) && passed;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(passed ? 0 : 1);
