// The readers from npm that the open-data tests use and that ship no types: only what the tests call.
declare module 'datapackage' {
  export interface Resource {
    name: string;
    descriptor: { path: string; profile?: string; encoding?: string; bytes?: number; hash?: string };
    tabular: boolean;
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}

declare module 'jsonld' {
  const jsonld: { expand(input: object): Promise<Record<string, unknown>[]> };
  export default jsonld;
}
