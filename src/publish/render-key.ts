/**
 * The render key of stored article pages: everything a page's bytes depend on besides the article. A page stored
 * under another key is stale and is rendered again (on read, or ahead of readers by `dateline serve`).
 *
 * It is a digest of the publish code as it runs (every file under this module's folder, `src/publish` or
 * `dist/publish`, tests aside), the package's version and the exact versions of its runtime dependencies (the
 * HTML parser of the body sanitizer, the map's projection and outlines), and the publish settings a page prints
 * (site name, base URL). Nobody has to remember to bump a version when markup changes: any change to the code
 * that renders pages, or to the settings, is a new key.
 */
import { hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublishConfig } from './config.js';

const PUBLISH_DIR = fileURLToPath(new URL('.', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));
/** Files that never reach a page: tests, their helpers, source maps and type declarations. */
const NOT_RENDERING = /(\.test\.[cm]?[jt]s|\.map|\.d\.ts)$|(^|[\\/])testing[\\/]/;

let builtDigest: string | undefined;

/** The digest of the publish code and package versions this process runs (computed once, ~100 files). */
export function buildDigest(): string {
  builtDigest ??= codeDigest(PUBLISH_DIR, PACKAGE_JSON);
  return builtDigest;
}

/** A digest of the rendering files under `dir` (names and contents) and of the package's versions. */
export function codeDigest(dir: string, packageJson: string): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((name) => !NOT_RENDERING.test(name))
    .sort();
  const parts: string[] = [];
  for (const name of files) parts.push(name, hash('sha256', readFileSync(join(dir, name)), 'base64url'));
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: string; dependencies?: object };
  parts.push(JSON.stringify([pkg.version ?? null, pkg.dependencies ?? {}]));
  return hash('sha256', parts.join('\u0000'), 'base64url');
}

/** The key of pages rendered by this build with `config`. */
export function renderKey(config: Pick<PublishConfig, 'siteName' | 'baseUrl'>, build = buildDigest()): string {
  return hash('sha256', JSON.stringify([build, config.siteName, config.baseUrl]), 'base64url').slice(0, 22);
}
