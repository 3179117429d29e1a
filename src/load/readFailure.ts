/** Turns a failed read into words a person can act on. */

/** `EACCES` → `permission denied (EACCES)`: the system's reason, in words, with its code. */
export function readFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EIO: 'the disk reported an input/output error',
    EISDIR: 'it is a folder',
    ENOENT: 'it disappeared while being read',
  };
  if (code && words[code]) return `${words[code]} (${code})`;
  return code ?? (e instanceof Error ? e.message : String(e));
}
