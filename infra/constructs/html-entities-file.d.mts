import type { Plugin } from 'esbuild';

export declare const HTML_ENTITIES_FILTER: RegExp;
export declare const LAZY_TABLE_MODULE: string;
export declare function htmlEntitiesFilePlugin(): Plugin;
