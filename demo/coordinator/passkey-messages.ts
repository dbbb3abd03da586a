// What the passkey parts of the view say, in one place (the view is in English; its Swedish
// comes with the view's localisation, issue 19).
export const PASSKEY_MESSAGES = {
  unsupported: 'This browser cannot use passkeys. Sign in with your e-mail address.',
  cancelled: 'No passkey was used. Try again, or sign in with your e-mail address.',
  refused: (detail: string) => detail,
  added: (name: string) => `The passkey "${name}" was added. Next time, sign in with it.`,
  removed: (name: string) => `The passkey "${name}" was removed.`,
  none: 'No passkeys yet.',
  remove: (name: string) => `Remove passkey ${name}`,
  used: (when: string | null, added: string) =>
    when ? `Added ${added}; last used ${when}.` : `Added ${added}; not used yet.`,
};
