/** Object storage for export parts and packages (S3 with SSE-KMS on AWS). */
export interface ExportStore {
  put(key: string, body: string, contentType: string): Promise<void>;
  getText(key: string): Promise<string | undefined>;
  /** A short-lived URL that downloads the object as `filename`. */
  presignDownload(
    key: string,
    filename: string,
    expiresInSeconds: number,
  ): Promise<string>;
}
