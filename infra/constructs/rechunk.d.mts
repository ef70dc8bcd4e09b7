export interface OutputText {
  path: string;
  text: string;
}

export interface RechunkedChunk {
  fileName: string;
  isEntry: boolean;
  name: string;
  /** The esbuild output files (absolute paths) this chunk holds. */
  moduleIds: string[];
  /** Chunks and Node built-ins it imports statically, and by `import()`. */
  imports: string[];
  dynamicImports: string[];
  exports: string[];
}

export declare const INIT_CHUNK: string;
export declare function rechunk(build: {
  dir: string;
  files: OutputText[];
  entries: Record<string, string>;
  init: string[];
}): Promise<{ files: OutputText[]; chunks: RechunkedChunk[] }>;
