/** The folder where builds keep what outlives a process (shaped text, compiled code). */
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * FACTSHEET_CACHE_DIR, undefined for `off`, or the user's cache folder (XDG_CACHE_HOME or
 * ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows).
 */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env.FACTSHEET_CACHE_DIR;
  if (dir === 'off') return undefined;
  return dir || userCacheDir(env);
}

function userCacheDir(env: NodeJS.ProcessEnv): string {
  const home = os.homedir();
  if (process.platform === 'win32')
    return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'factsheet', 'Cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'factsheet');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'factsheet');
}
