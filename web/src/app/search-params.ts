// What a page receives as `searchParams` (a promise since Next.js 15).
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
