/** Components receive their strings through this function, never from `browser.*` directly. */
export type Translate = (key: string, substitutions?: string | string[]) => string;
