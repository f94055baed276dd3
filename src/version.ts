/** Kept in step with package.json by a test. */
export const VERSION = '0.1.0';
/**
 * The project's public address (package.json's homepage, kept in step by the same test): the SARIF
 * informationUri and the base of the rule documentation links. To be confirmed: it has not been published yet.
 */
export const PROJECT_URL = 'https://github.com/planwerk/planwerk';
