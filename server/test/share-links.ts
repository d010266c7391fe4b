import { Role, SharedView } from '@throughline/shared';
import { SHARED_VIEW_OPERATIONS, sharedViewVariables } from '../src/share-link/shared-view-operations';
import { TestApp } from './test-app';
import { webOperations } from './web-documents';

// Share links in tests: made by an EDITOR over the API, then used as the web app's shared view
// uses them (its own documents, the link's secret in X-Share-Link).

export interface TestShareLink {
  id: string;
  view: SharedView;
  params: string;
  url: string;
  /** From the url's fragment. */
  secret: string;
}

const CREATE = `mutation ($input: CreateShareLinkInput!) { createShareLink(input: $input) { id view params url expiresAt } }`;

export async function shareLinkOf(sut: TestApp, view: SharedView, params: string, expiresAt?: string): Promise<TestShareLink> {
  const { createShareLink } = await sut.as(Role.EDITOR).ok(CREATE, { input: { view, params, expiresAt } });
  return { ...createShareLink, secret: new URL(createShareLink.url).hash.slice(1) };
}

let documents: Map<string, string> | undefined;

/** The body the web app's shared view sends for one of its operations (by name or root field). */
export function sharedViewRequest(link: Pick<TestShareLink, 'view' | 'params'>, operation: string, fiscalStartMonth = 1) {
  const operations: Record<string, { rootField: string }> = SHARED_VIEW_OPERATIONS[link.view];
  const name = operation in operations ? operation : Object.keys(operations).find((key) => operations[key].rootField === operation);
  if (!name) throw new Error(`the ${link.view} view sends no ${operation}`);
  documents ??= webOperations();
  return { query: documents.get(name)!, variables: sharedViewVariables(link.view, link.params, fiscalStartMonth)[name] };
}

/** POSTs a GraphQL request with the link's secret in X-Share-Link (and nothing else). */
export async function asShareLink(sut: TestApp, secret: string, body: { query: string; variables?: Record<string, unknown> }) {
  const response = await fetch(`${sut.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-share-link': secret },
    body: JSON.stringify(body),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
}
