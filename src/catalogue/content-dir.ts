/**
 * The folder the content collections are read from. `content/` by default; the tests point
 * KATALOG_CONTENT_DIR at small fixture folders to prove that bad content fails the build.
 */
export const contentDir: string = process.env.KATALOG_CONTENT_DIR ?? './content';
