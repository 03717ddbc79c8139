/**
 * The folder the content collections load from: `./content`, or the folder named by
 * the CONTENT_ROOT environment variable (the tests point it at broken fixtures to
 * prove that bad content fails the build with a useful message).
 */
export function contentRoot(): string {
  return process.env['CONTENT_ROOT'] ?? './content';
}
