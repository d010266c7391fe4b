import { JiraClient, JiraSearchPage } from '../client/jira-client';
import { JiraError } from '../client/jira-errors';

/**
 * Like JiraClient.searchAll, but asks for the next page while the current one is being applied,
 * so that reading Jira and writing Postgres overlap instead of taking turns.
 */
export async function forEachPage(
  client: JiraClient,
  jql: string,
  fields: string[],
  onPage: (page: JiraSearchPage) => Promise<void>,
): Promise<void> {
  let pending: Promise<JiraSearchPage> | null = client.searchPage(jql, fields);
  let token: string | undefined;
  while (pending) {
    const page: JiraSearchPage = await pending;
    const next = page.isLast ? undefined : page.nextPageToken;
    if (next !== undefined && next === token) {
      throw new JiraError('HTTP', `Jira at ${client.site} returned the same page token twice; the search was stopped.`);
    }
    token = next;
    pending = next ? client.searchPage(jql, fields, next) : null;
    // If applying this page fails, the page asked for meanwhile is dropped, failure included.
    pending?.catch(() => undefined);
    await onPage(page);
  }
}
