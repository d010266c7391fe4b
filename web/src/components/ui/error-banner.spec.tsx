import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { render, screen } from '@testing-library/react';
import { ErrorBanner } from './error-banner';

describe('ErrorBanner', () => {
  it('shows each GraphQL message with its code', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'Goal 42 does not exist', extensions: { code: 'NOT_FOUND' } }] });
    render(<ErrorBanner error={error} title="Could not load the goal" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load the goal');
    expect(screen.getByText('Goal 42 does not exist')).toBeInTheDocument();
    expect(screen.getByText('NOT_FOUND')).toBeInTheDocument();
  });

  it('renders nothing without an error', () => {
    const { container } = render(<ErrorBanner error={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});
