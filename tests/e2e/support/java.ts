/** Java, for the W3C Nu HTML checker (vnu-jar runs on Java 8 or later). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The checker itself, from the vnu-jar package (a dev dependency). */
export const VNU_JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';

/** The java to run: $JAVA_HOME/bin/java, else java on the PATH; undefined when there is none. */
export function findJava(): string | undefined {
  const home = process.env['JAVA_HOME'];
  if (home && existsSync(join(home, 'bin', 'java'))) return join(home, 'bin', 'java');
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return 'java';
  } catch {
    return undefined;
  }
}
