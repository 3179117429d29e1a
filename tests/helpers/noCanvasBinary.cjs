// Preloaded with `node --require`: makes canvas's native binary missing, as after an install
// with its install script skipped (pnpm's default, `npm --ignore-scripts`).
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/canvas\.node$/.test(request)) {
    throw Object.assign(new Error(`Cannot find module '${request}'`), { code: 'MODULE_NOT_FOUND' });
  }
  return load.call(this, request, ...rest);
};
