// Types of lint-firefox.mjs (a plain build script), for its test.
export interface LintItem {
  code: string;
  message?: string;
  file?: string;
  line?: number;
  column?: number;
}
export function isLitTemplateWarning(warning: LintItem, sourceDir: string): boolean;
export function lintFirefox(sourceDir: string): boolean;
