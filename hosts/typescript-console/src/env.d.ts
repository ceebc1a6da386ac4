// Values the build puts in (rspack's DefinePlugin).
declare const process: { env: { DISPATCHER_URL: string } };
