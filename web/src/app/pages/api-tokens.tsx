import ApiTokensPage from '../../features/api-tokens/api-tokens-page';

export default function ApiTokensRoute() {
  return <ApiTokensPage />;
}
