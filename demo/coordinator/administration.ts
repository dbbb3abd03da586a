// The administrators' part of the page is <mk-administration> (administration/administration.ts):
// programmes, coordinators' accounts and the audit log. The page loads it once an administrator
// has signed in (the server refuses its routes to anyone else).
import './administration/define-administration.ts';

export async function loadAdministration(): Promise<void> {
  await document.querySelector('mk-administration')?.reload();
}
