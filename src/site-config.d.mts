export declare const site: string;
export declare const base: string;
