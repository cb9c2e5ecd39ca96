import { describe, expect, it } from 'vitest';
import { FetchRefused, type PageFetcher } from '../../src/domain/intake/pageFetcher.js';
import { greenhouseEmbedReader } from '../../src/integrations/ats/greenhouseEmbed.js';

const API = 'https://api.example/greenhouse';

/** Answers the Job Board API for board "databricks" only; every other address is refused as given. */
function fetcherRefusingPages(refusal: FetchRefused): PageFetcher & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async get(url) {
      asked.push(url);
      if (url === `${API}/v1/boards/databricks/jobs/7619811002`) {
        return { url, contentType: 'application/json', body: JSON.stringify({ id: 7619811002, title: 'Senior Software Engineer - Observability', company_name: 'Databricks', location: { name: 'San Francisco, California' }, content: '&lt;p&gt;Go and Kubernetes.&lt;/p&gt;' }) };
      }
      throw refusal;
    },
  };
}

describe("a Greenhouse job behind a company's own careers page", () => {
  it('is still read through the API when the careers page turns the fetch away: the board is the site name', async () => {
    const fetcher = fetcherRefusingPages(new FetchRefused('status', 'answered 403'));
    const reader = greenhouseEmbedReader(fetcher, API);
    const url = new URL('https://www.databricks.com/company/careers/open-positions/job?gh_jid=7619811002');
    expect(reader.recognises(url)).toBe(true);
    const posting = await reader.read(url);
    expect(posting).toMatchObject({ title: 'Senior Software Engineer - Observability', company: 'Databricks', location: 'San Francisco, California', externalId: '7619811002' });
    expect(fetcher.asked[0]).toBe(url.toString());
  });

  it('gives up (null, so the page is read as a page) when no board answers', async () => {
    const reader = greenhouseEmbedReader(fetcherRefusingPages(new FetchRefused('status', 'answered 404')), API);
    expect(await reader.read(new URL('https://careers.initech.example/job?gh_jid=5'))).toBeNull();
  });

  it('does not swallow an unexpected failure of the page fetch', async () => {
    const fetcher: PageFetcher = {
      async get() {
        throw new TypeError('bug');
      },
    };
    await expect(greenhouseEmbedReader(fetcher, API).read(new URL('https://www.databricks.com/job?gh_jid=1'))).rejects.toThrow('bug');
  });
});
