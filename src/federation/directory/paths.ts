/** Where a node serves the directories it operates or mirrors (docs/FEDERATION.md §17.6). */
export const DIRECTORIES_PATH = '/federation/v1/directories';

/** The URL of a directory's document on the node at `base`. */
export function directoryUrl(base: string, id: string): string {
  return `${base.replace(/\/+$/, '')}${DIRECTORIES_PATH}/${encodeURIComponent(id)}`;
}
