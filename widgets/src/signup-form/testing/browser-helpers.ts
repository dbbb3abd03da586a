/**
 * Helpers for the browser tests: fill the form through its real controls (as a person's
 * typing does: value, then an `input` event) and read what a person would see.
 */
import type { MkSignupForm } from '../signup-form.ts';
import type { FormValues, LanguageEntry } from '../form-values.ts';
import { controlId } from '../ids.ts';

export const ROUTES = '/__mk-test/';

export function root(el: MkSignupForm): ShadowRoot {
  return el.shadowRoot!;
}

export function control<T extends HTMLElement = HTMLInputElement>(
  el: MkSignupForm,
  path: string,
): T {
  const found = root(el).querySelector<T>(`#${controlId(path)}`);
  if (!found) throw new Error(`no control for ${path}`);
  return found;
}

export async function type(el: MkSignupForm, path: string, value: string): Promise<void> {
  const input = control<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, path);
  input.focus();
  input.value = value;
  input.dispatchEvent(
    new Event(input instanceof HTMLSelectElement ? 'change' : 'input', {
      bubbles: true,
      composed: true,
    }),
  );
  await el.updateComplete;
}

async function check(el: MkSignupForm, path: string, value: string): Promise<void> {
  const box = root(el).querySelector<HTMLInputElement>(`input[name="${path}"][value="${value}"]`);
  if (!box) throw new Error(`no option ${value} for ${path}`);
  box.click();
  await el.updateComplete;
}

/** Fills `values` (as in fixtures.ts) through the form's controls. */
export async function fill(el: MkSignupForm, values: FormValues): Promise<void> {
  for (const [path, value] of Object.entries(values)) {
    if (path === 'consent') {
      if (value === true) control(el, 'consent').click();
      await el.updateComplete;
    } else if (path === 'profile.languages') {
      for (const entry of value as readonly LanguageEntry[]) {
        await check(el, path, entry.code);
        const level = root(el).querySelector<HTMLSelectElement>(
          `select[data-code="${entry.code}"]`,
        )!;
        level.value = entry.level;
        level.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        await el.updateComplete;
      }
    } else if (Array.isArray(value)) {
      for (const item of value as readonly string[]) await check(el, path, item);
    } else if (typeof value === 'string') {
      const input = root(el).querySelector(`[name="${path}"]`);
      if (input instanceof HTMLInputElement && input.type === 'radio') await check(el, path, value);
      else await type(el, path, value);
    }
  }
}

export function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function errorOf(el: MkSignupForm, path: string): string {
  return text(root(el).querySelector(`#${controlId(path)}-error`));
}

export function submitButton(el: MkSignupForm): HTMLButtonElement {
  return root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
}

export interface SignupLog {
  requests: number;
  stored: number;
  contentType?: string;
  body?: string;
}

export async function signupLog(key: string): Promise<SignupLog> {
  const response = await fetch(`${ROUTES}signup-log/${key}`);
  return (await response.json()) as SignupLog;
}
