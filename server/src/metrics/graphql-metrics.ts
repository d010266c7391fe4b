import type { ApolloServerPlugin } from '@apollo/server';
import { MetricsService } from './metrics.service';

/** Times every GraphQL operation by its name, and counts the errors answered by extensions.code. */
export function graphqlMetrics(metrics: MetricsService): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const end = metrics.graphqlDuration.startTimer();
      return {
        async willSendResponse({ operationName, operation, response }) {
          end({ operation: metrics.operationLabel(operationName), type: operation?.operation ?? '(none)' });
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          for (const error of errors ?? []) metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
        },
      };
    },
  };
}
