// Node's globals, as the renderer sees them: none. tsconfig.renderer.json points the type
// reference `node` here, so the SQLite package's declarations (reached through the core's
// types) cannot bring `process`, `Buffer` or `node:fs` into the renderer's program.
export {};
