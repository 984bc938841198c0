// Preloaded into the server process by security.test.ts (node -r securityHarness.cjs dist/server.js --stdio).
// Wraps every way Node offers to start a process, open a connection or a listening socket, or compile code at run
// time, and appends one JSON line per call to the file named by CONNECT_FLOW_HARNESS_LOG (with a stack trace).
// Process and network calls are then refused (they throw); code compilation is recorded and let through, so that
// the test can tell code built from document text (it carries the test's marker) from a library's own.
'use strict';
const fs = require('fs');
const LOG = process.env.CONNECT_FLOW_HARNESS_LOG;

function record(kind, name, detail) {
  const line = JSON.stringify({ kind, name, detail: String(detail ?? '').slice(0, 500), stack: new Error().stack.split('\n').slice(2, 8).join(' | ') });
  try {
    fs.appendFileSync(LOG, line + '\n');
  } catch {
    // nowhere to write: the test sees no log and fails on the missing control entry
  }
}

function refuse(moduleName, names) {
  let mod;
  try {
    mod = require(moduleName);
  } catch {
    return;
  }
  for (const name of names) {
    if (typeof mod[name] !== 'function') continue;
    const original = mod[name];
    const wrapper = function (...args) {
      record('refused', `${moduleName}.${name}`, args.map((a) => (typeof a === 'string' ? a : typeof a)).join(' '));
      throw new Error(`security harness: ${moduleName}.${name} is not allowed in the language server`);
    };
    Object.defineProperty(wrapper, 'name', { value: original.name });
    mod[name] = wrapper;
  }
}

refuse('child_process', ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']);
refuse('net', ['connect', 'createConnection', 'createServer']);
refuse('tls', ['connect', 'createServer']);
refuse('http', ['request', 'get', 'createServer']);
refuse('https', ['request', 'get', 'createServer']);
refuse('http2', ['connect', 'createServer', 'createSecureServer']);
refuse('dgram', ['createSocket']);
refuse('dns', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']);
refuse('worker_threads', ['Worker']);
{
  const net = require('net');
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    record('refused', 'net.Socket.connect', JSON.stringify(args[0]));
    throw new Error('security harness: sockets are not allowed in the language server');
  };
  void connect;
}
if (typeof globalThis.fetch === 'function') {
  globalThis.fetch = (...args) => {
    record('refused', 'fetch', String(args[0]));
    return Promise.reject(new Error('security harness: fetch is not allowed in the language server'));
  };
}

// Code compiled at run time: recorded with its source, allowed.
{
  const vm = require('vm');
  for (const name of ['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction']) {
    const original = vm[name];
    vm[name] = function (code, ...rest) {
      record('compiled', `vm.${name}`, code);
      return original.call(this, code, ...rest);
    };
  }
  const OriginalScript = vm.Script;
  vm.Script = new Proxy(OriginalScript, {
    construct(target, args, newTarget) {
      record('compiled', 'vm.Script', args[0]);
      return Reflect.construct(target, args, newTarget);
    },
  });
  const originalEval = globalThis.eval;
  globalThis.eval = function (code) {
    record('compiled', 'eval', code);
    return originalEval(code);
  };
  const OriginalFunction = globalThis.Function;
  globalThis.Function = new Proxy(OriginalFunction, {
    apply(target, thisArg, args) {
      record('compiled', 'Function', args.join(' '));
      return Reflect.apply(target, thisArg, args);
    },
    construct(target, args, newTarget) {
      record('compiled', 'Function', args.join(' '));
      return Reflect.construct(target, args, newTarget);
    },
  });
}

// Control entry: proves the harness was loaded into this process.
record('loaded', 'harness', process.pid);
