/**
 * `file:` URIs in one spelling. The editor and Node percent-encode file URIs differently (e.g. `%3A`, `!`), so
 * whenever two URIs are compared, both are first put into Node's spelling.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One spelling per file (Node's); other URIs are returned as they are. */
export function fileKey(uri: string): string {
  const path = toPath(uri);
  return path === undefined ? uri : pathToFileURL(path).href;
}

/** The local path of a `file:` URI (none for other URIs, or for a host other than this machine). */
export function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** True when the file at `uri` lies somewhere inside the folder at `folderUri` (both in any spelling). */
export function isInside(uri: string, folderUri: string): boolean {
  const folder = fileKey(folderUri);
  return fileKey(uri).startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}
