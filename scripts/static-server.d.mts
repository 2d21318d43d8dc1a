export interface StaticServer {
  url: string;
  close(): Promise<void>;
}
export function startStaticServer(options?: {
  root?: string;
  port?: number;
  host?: string;
  base?: string;
  gzip?: boolean;
}): Promise<StaticServer>;
