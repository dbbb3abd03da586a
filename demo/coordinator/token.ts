// The coordinator token lives in sessionStorage: this tab only, gone when it closes.
const TOKEN_KEY = 'mentorkit.coordinatorToken';

export const readToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);
export const keepToken = (token: string): void => sessionStorage.setItem(TOKEN_KEY, token);
export const forgetToken = (): void => sessionStorage.removeItem(TOKEN_KEY);
