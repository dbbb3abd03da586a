// The demo pages that Vite builds (demo/vite.config.ts), because they bring TypeScript of their
// own: name → source, below demo/. Their sources are page sources like demo/pages' and go
// through the same layout (vite-page-layout.ts); they are served from demo/dist/apps.
export const APP_PAGES = {
  react: 'frameworks/react.html',
  vue: 'frameworks/vue.html',
  coordinator: 'coordinator/index.html',
} as const;
