import { JiraClient, JiraSearchPage } from '../client/jira-client';
import { JiraError } from '../client/jira-errors';

/**
 * Every page a search selects, in order, each handed to `onPage`. Asks for the next page while
 * the current one is being applied, so that reading Jira and writing Postgres overlap instead of
 * taking turns. A site that sends a page token it sent before would page forever: that stops the
 * search with a JiraError.
 */
export async function forEachPage(
  client: JiraClient,
  jql: string,
  fields: string[],
  onPage: (page: JiraSearchPage) => Promise<void>,
): Promise<void> {
  let pending: Promise<JiraSearchPage> | null = client.searchPage(jql, fields);
  const tokens = new Set<string>();
  while (pending) {
    const page: JiraSearchPage = await pending;
    const next = page.isLast ? undefined : page.nextPageToken;
    if (next !== undefined && tokens.has(next)) {
      throw new JiraError('HTTP', `Jira at ${client.site} returned the same page token twice; the search was stopped.`);
    }
    if (next !== undefined) tokens.add(next);
    pending = next ? client.searchPage(jql, fields, next) : null;
    // If applying this page fails, the page asked for meanwhile is dropped, failure included.
    pending?.catch(() => undefined);
    await onPage(page);
  }
}
