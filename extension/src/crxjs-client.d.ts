// Types for crxjs's `?iife` / `?script` imports (the built file name of a script to inject).
/// <reference types="@crxjs/vite-plugin/client" />
