/** What intake needs from the internet: one page or API answer. integrations/http implements it. */
export interface PageFetcher {
  get(url: string, accept?: string): Promise<FetchedPage>;
}

export interface FetchedPage {
  /** Where the content finally came from, after redirects. */
  url: string;
  contentType: string;
  body: string;
}

/** A fetch refused or failed; the message is one line a person can act on. */
export class FetchRefused extends Error {
  override name = 'FetchRefused';
  constructor(
    readonly code: 'scheme' | 'address' | 'redirects' | 'size' | 'timeout' | 'status' | 'network',
    message: string,
  ) {
    super(message);
  }
}
