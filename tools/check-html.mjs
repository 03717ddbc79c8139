#!/usr/bin/env node
/**
 * Checks every built page (dist/**\/*.html) with two HTML checkers and fails on any error:
 * html-validate (rules in .htmlvalidate.json) and the W3C Nu HTML checker (vnu.jar from the
 * vnu-jar package, run once over all pages). The Nu checker needs Java: without it, it is
 * skipped with a message, except under CI=true, where a missing Java is an error. A third
 * check is the site's own: no word runs into a link or a contact with no space between
 * (a line break in an .astro file before an element is not a space).
 *
 *   node tools/check-html.mjs [--root dist]
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HtmlValidate } from 'html-validate';

const VNU_JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';
const { values } = parseArgs({ options: { root: { type: 'string' } } });
const ROOT = values.root ?? 'dist';
const say = (message) => console.log(`[html] ${message}`);

/** The java to run: $JAVA_HOME/bin/java, else java on the PATH; undefined when there is none. */
export function findJava() {
  const home = process.env['JAVA_HOME'];
  if (home && existsSync(join(home, 'bin', 'java'))) return join(home, 'bin', 'java');
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return 'java';
  } catch {
    return undefined;
  }
}

/** html-validate's errors, as "file:line:column rule: message". */
async function htmlValidate(files) {
  const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
  const errors = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results)
      for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return errors;
}

/** The Nu checker's errors, as "file:line message"; it writes its JSON report to stderr. */
function nu(java, files) {
  return new Promise((done, fail) =>
    execFile(
      java,
      ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (!stderr.trim().startsWith('{')) return fail(error ?? new Error(`the Nu checker gave no report: ${stderr}`));
        const { messages } = JSON.parse(stderr);
        done(
          messages.map(
            (m) =>
              `${decodeURIComponent(m.url.replace(/^file:/, '')).replace(process.cwd() + '/', '')}:${m.lastLine ?? 0} ${m.type}: ${m.message}`,
          ),
        );
      },
    ),
  );
}

/**
 * Words run into an element, as "call the<a …>": a letter or comma right before an inline
 * element, in the page's text (scripts and styles left out), as "file: …the<a href…".
 */
export function wordsRunTogether(file, html) {
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
  // Other spans are left out: a visually hidden one carries its own leading space.
  return [...text.matchAll(/[A-Za-z,]<(a|strong|em|code|abbr|time|kbd|span(?= class="contact))\b[^>]{0,30}/g)].map(
    (m) => `${file}: …${text.slice(Math.max(0, m.index - 30), m.index + 1)}${m[0].slice(1)}… needs a space before the <${m[1]}>`,
  );
}

if (!existsSync(ROOT)) {
  console.error(`[html] There is no ${ROOT}/: build the site first (npm run build).`);
  process.exit(1);
}
const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => join(ROOT, f));
if (files.length === 0) {
  console.error(`[html] There are no pages in ${ROOT}/ to check.`);
  process.exit(1);
}

let failed = false;
const validateErrors = await htmlValidate(files);
say(`html-validate: ${validateErrors.length} errors on ${files.length} pages.`);
for (const e of validateErrors) console.error(`  ${e}`);
failed ||= validateErrors.length > 0;

const runTogether = files.flatMap((f) => wordsRunTogether(f, readFileSync(f, 'utf8')));
say(`Spaces before links and contacts: ${runTogether.length} missing on ${files.length} pages.`);
for (const e of runTogether) console.error(`  ${e}`);
failed ||= runTogether.length > 0;

const java = findJava();
if (java) {
  const nuErrors = await nu(java, files);
  say(`W3C Nu HTML checker: ${nuErrors.length} errors on ${files.length} pages.`);
  for (const e of nuErrors) console.error(`  ${e}`);
  failed ||= nuErrors.length > 0;
} else if (process.env['CI']) {
  console.error('[html] The W3C Nu HTML checker needs Java, and none was found (java on PATH or JAVA_HOME). Install a Java runtime.');
  failed = true;
} else {
  say('SKIPPED the W3C Nu HTML checker: no Java found (java on PATH or JAVA_HOME). Install a Java runtime to run it; CI does not skip it.');
}
process.exit(failed ? 1 : 0);
