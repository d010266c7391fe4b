import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { UpdateInitiativeDetailsMutation } from '../api/update-initiative.mutation';
import { anInitiative, optionsMock } from '../test/fixtures';
import { InitiativeEditor } from './initiative-editor';

const initiative = anInitiative();
const options = optionsMock;

function updateFailing(error: GraphQLError) {
  return {
    request: { query: UpdateInitiativeDetailsMutation, variables: { input: { id: 'i1', version: 3, endDate: '2027-01-31' } } },
    result: { errors: [error] },
  };
}

async function moveEndBeforeStartAndSave() {
  const end = screen.getByLabelText('End date');
  await userEvent.clear(end);
  await userEvent.type(end, '2027-01-31');
  await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
}

describe('InitiativeEditor', () => {
  it('shows a validation message from the API at the field it names', async () => {
    const error = new GraphQLError('input.endDate: must not be before startDate (2027-03-01)', {
      extensions: { code: 'BAD_USER_INPUT', field: 'input.endDate' },
    });
    render(
      <MockedProvider mocks={[options, updateFailing(error)]}>
        <InitiativeEditor initiative={initiative} onReload={async () => undefined} />
      </MockedProvider>,
    );
    await moveEndBeforeStartAndSave();
    expect(await screen.findByText('must not be before startDate (2027-03-01)')).toBeInTheDocument();
    expect(screen.getByLabelText('End date')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Start date')).not.toHaveAttribute('aria-invalid');
  });

  it('explains a conflict and offers to reload instead of saving again', async () => {
    const onReload = jest.fn(async () => undefined);
    const error = new GraphQLError('Initiative i1 was changed by someone else since you loaded it; reload and apply your change again', {
      extensions: { code: 'CONFLICT', field: 'input.version' },
    });
    render(
      <MockedProvider mocks={[options, updateFailing(error)]}>
        <InitiativeEditor initiative={initiative} onReload={onReload} />
      </MockedProvider>,
    );
    await moveEndBeforeStartAndSave();
    const notice = await screen.findByTestId('conflict-notice');
    expect(notice).toHaveTextContent('Someone else saved this initiative TL-2 after you opened it');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('does not send a title the user emptied', async () => {
    render(
      <MockedProvider mocks={[options]}>
        <InitiativeEditor initiative={initiative} onReload={async () => undefined} />
      </MockedProvider>,
    );
    await userEvent.clear(screen.getByRole('textbox', { name: /title/i }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('textbox', { name: /title/i })).toHaveAccessibleDescription('Say what the work is.');
  });
});
