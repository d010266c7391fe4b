import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { GoalOptionsQuery } from '../api/goal-options.query';
import { UpdateGoalMutation } from '../api/update-goal.mutation';
import { EditGoalDialog } from './edit-goal-dialog';
import { subtreeOf } from './goal-form-fields';

const goal = {
  id: 'g2',
  version: 4,
  title: 'Make checkout fast',
  description: null,
  owner: null,
  startDate: null,
  targetDate: null,
  parent: { id: 'g1' },
};
const goals = [
  { __typename: 'Goal', id: 'g1', title: 'Reduce churn', parent: null },
  { __typename: 'Goal', id: 'g2', title: 'Make checkout fast', parent: { __typename: 'Goal', id: 'g1' } },
  { __typename: 'Goal', id: 'g3', title: 'Cache hit rate', parent: { __typename: 'Goal', id: 'g2' } },
];
const options = { request: { query: GoalOptionsQuery }, result: { data: { goals } } };

describe('EditGoalDialog', () => {
  it('offers neither the goal itself nor its descendants as its parent', async () => {
    render(
      <MockedProvider mocks={[options]}>
        <EditGoalDialog goal={goal} open onClose={() => undefined} onReload={async () => undefined} />
      </MockedProvider>,
    );
    const parent = screen.getByRole('combobox', { name: 'Parent goal' });
    expect(await screen.findByRole('option', { name: 'Reduce churn' })).toBeInTheDocument();
    expect(parent).toHaveValue('g1');
    expect(screen.queryByRole('option', { name: 'Cache hit rate' })).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Make checkout fast' })).not.toBeInTheDocument();
  });

  it('explains a conflict with someone else’s save and reloads on request', async () => {
    const onReload = jest.fn(async () => undefined);
    const conflict = {
      request: {
        query: UpdateGoalMutation,
        variables: (v: { input: { id: string; version: number; owner: string | null } }) =>
          v.input.version === 4 && v.input.owner === 'Sam',
      },
      result: {
        errors: [new GraphQLError('Goal g2 was changed by someone else', { extensions: { code: 'CONFLICT', field: 'input.version' } })],
      },
    };
    render(
      <MockedProvider mocks={[options, conflict]}>
        <EditGoalDialog goal={goal} open onClose={() => undefined} onReload={onReload} />
      </MockedProvider>,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Owner' }), 'Sam');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('conflict-notice')).toHaveTextContent('Someone else saved this goal after you opened it');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });
});

describe('subtreeOf', () => {
  it('collects a goal and everything below it', () => {
    expect([...subtreeOf('g2', goals)].sort()).toEqual(['g2', 'g3']);
    expect(subtreeOf('g3', goals)).toEqual(new Set(['g3']));
  });
});
