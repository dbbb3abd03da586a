// A feature is a module with one `init(signal)`; all its cleanup hangs off the signal. Starting
// features one by one keeps a broken feature from taking the others down with it.

export interface Feature {
  /** For error reports. */
  name: string;
  init(signal: AbortSignal): void | Promise<void>;
}

export function startFeatures(features: readonly Feature[], signal: AbortSignal): void {
  for (const feature of features) {
    try {
      void Promise.resolve(feature.init(signal)).catch((error: unknown) => report(feature, error));
    } catch (error) {
      report(feature, error);
    }
  }
}

function report(feature: Feature, error: unknown): void {
  console.error(`Mentorkit: the ${feature.name} feature failed to start`, error);
}
