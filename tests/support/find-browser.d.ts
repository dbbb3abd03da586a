export function findChrome(env?: NodeJS.ProcessEnv): string | undefined;
export function requireChrome(env?: NodeJS.ProcessEnv): string;
export const CHROME_ARGS: string[];
export function findFirefox(env?: NodeJS.ProcessEnv): string | undefined;
export function requireFirefox(env?: NodeJS.ProcessEnv): string;
