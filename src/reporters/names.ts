/**
 * The reporters by name, without loading them: the command line offers the names, and a run loads only the
 * reporter it uses (the SARIF one brings its own library).
 */
export const REPORTER_NAMES = ['pretty', 'json', 'github', 'sarif'] as const;
export type ReporterName = (typeof REPORTER_NAMES)[number];

/** In GitHub Actions the annotations are what people read, so they are the default there. */
export const actionsReporter = (env: NodeJS.ProcessEnv): ReporterName | undefined => (env.GITHUB_ACTIONS === 'true' ? 'github' : undefined);
