/** The one function of tar-fs the tests use (it ships no types). */
declare module 'tar-fs' {
  import type { Writable } from 'node:stream';
  export function extract(directory: string): Writable;
}
