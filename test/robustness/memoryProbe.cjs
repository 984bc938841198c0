// Preloaded into the server process by the heap test (node --expose-gc -r memoryProbe.cjs dist/server.js):
// on SIGUSR2 it forces a full garbage collection and writes process.memoryUsage() as one "HEAP {...}" line to
// stderr. Nothing of the server changes; stdout (the LSP channel) is never touched.
'use strict';
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
  process.stderr.write('HEAP ' + JSON.stringify(process.memoryUsage()) + '\n');
});
