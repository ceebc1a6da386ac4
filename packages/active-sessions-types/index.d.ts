// The types of the Active Sessions module for a host console. Everything is a type: the contract's
// functions and constants are declared for `typeof` only (they are the module's, not this package's),
// so importing one as a value is a type error rather than a missing module at run time.
/// <reference path="./modules.d.ts" />
export type * from './contract/index';
