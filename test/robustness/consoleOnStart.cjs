// Preloaded into the server by protocol.test.ts: writes to console once the server has set up its connection.
setTimeout(() => console.log('console.log from the robustness test'), 300);
