/**
 * The composition root: every command's work, assembled in one place. The CLI turns argv and the environment
 * into these options and calls one of these; nothing here reads process.env, argv or signals.
 */
export { type BuildOutcome, build } from './build.js';
export { exportCommand, modelJson, type ValidateOptions, validate } from './check.js';
export { compileContent, displayRoot } from './compile.js';
export { schemaCommand } from './schema.js';
export { type BuildOptions, type Compiled, type ContentOptions, exitFor, type Io, type RunIo, ToolError } from './types.js';
