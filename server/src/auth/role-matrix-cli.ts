import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppModule } from '../app.module';
import { loadConfig, REPO_ROOT } from '../config/config';
import { declaredOperations } from './declared-operations';
import { roleMatrixTable, withTable } from './role-matrix';

// Prints the role matrix as declared in the code; with --write, puts it into README.md.
// Reads only decorators: no database, no server.
const table = roleMatrixTable(declaredOperations(AppModule.forRoot(loadConfig({}), 'postgres://unused')));
if (process.argv.includes('--write')) {
  const readme = resolve(REPO_ROOT, 'README.md');
  writeFileSync(readme, withTable(readFileSync(readme, 'utf8'), table));
  console.log('README.md: role matrix updated');
} else {
  console.log(table);
}
