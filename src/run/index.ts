/**
 * The composition root: every command's work, assembled in one place. The CLI turns argv and the environment
 * into these options and calls one of these; nothing here reads process.env, argv or signals.
 */
export { build, type BuildOutcome } from './build.js';
export { exportCommand, modelJson, validate, type ValidateOptions } from './check.js';
export { compileContent, displayRoot } from './compile.js';
export { schemaCommand } from './schema.js';
export { exitFor, ToolError, type BuildOptions, type Compiled, type ContentOptions, type Io, type RunIo } from './types.js';
