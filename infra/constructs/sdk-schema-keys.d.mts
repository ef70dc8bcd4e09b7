import type { Plugin } from 'esbuild';

export declare const SDK_SCHEMAS_FILTER: RegExp;
export declare function literalSchemaKeys(source: string): string;
export declare function sdkSchemaKeysPlugin(): Plugin;
export declare function bundlePlugins(): Plugin[];
