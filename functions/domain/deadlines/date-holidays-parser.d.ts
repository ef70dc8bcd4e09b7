// The package ships ambient declarations but names none in its package.json.
/// <reference path="../../../node_modules/date-holidays-parser/types/index.d.ts" />
