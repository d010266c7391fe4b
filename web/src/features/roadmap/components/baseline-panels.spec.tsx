import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { BaselineSlipsQuery } from '../api/baseline-slips.query';
import { CreateBaselineMutation } from '../api/create-baseline.mutation';
import { BiggestSlips } from './biggest-slips';
import { SaveBaselineDialog } from './save-baseline-dialog';
import { ToastProvider } from '../../../components/ui/toast';

const BASELINE = { id: 'b1', name: 'FY2027-Q1 as agreed' };

function slip(id: string, key: string, title: string, endDate: string, slipDays: number) {
  return {
    __typename: 'Initiative' as const,
    id,
    key,
    title,
    endDate,
    baseline: { __typename: 'BaselineDates' as const, endDate: '2027-03-31', slipDays },
  };
}

function slipsMock(biggestSlips: ReturnType<typeof slip>[], filter?: object) {
  return {
    request: { query: BaselineSlipsQuery, variables: { id: 'b1', first: 10, filter } },
    result: { data: { baseline: { __typename: 'Baseline' as const, ...BASELINE, biggestSlips } } },
  };
}

function renderWith(mocks: MockedProviderProps['mocks'], ui: ReactNode) {
  return render(
    <MockedProvider mocks={mocks}>
      <ToastProvider>
        <MemoryRouter>{ui}</MemoryRouter>
      </ToastProvider>
    </MockedProvider>,
  );
}

describe('Biggest slips since a baseline', () => {
  it('lists the slips as the API orders them, each a link to its initiative with the days it slipped', async () => {
    renderWith(
      [slipsMock([slip('i1', 'TL-7', 'Migrate sessions', '2027-05-12', 42), slip('i2', 'TL-3', 'Redesign caching', '2027-04-21', 21)])],
      <BiggestSlips baseline={BASELINE} filter={undefined} />,
    );
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('link');
    expect(items.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['TL-7 Migrate sessionsMay 12, 2027+42 d', '/initiatives/i1'],
      ['TL-3 Redesign cachingApr 21, 2027+21 d', '/initiatives/i2'],
    ]);
    expect(screen.getByRole('region', { name: 'Biggest slips since FY2027-Q1 as agreed' })).toBeInTheDocument();
  });

  it('asks among the initiatives the roadmap filters, and says when none of them slipped', async () => {
    const filter = { teamIds: ['t1'] };
    renderWith([slipsMock([], filter)], <BiggestSlips baseline={BASELINE} filter={filter} />);
    expect(await screen.findByText('No initiative matching the filters ends later than in FY2027-Q1 as agreed.')).toBeInTheDocument();
  });
});

describe('Saving a baseline', () => {
  it('asks for a name at the field, and shows the API’s refusal there too', async () => {
    const mocks = [
      {
        request: { query: CreateBaselineMutation, variables: { name: 'x'.repeat(3) } },
        result: { errors: [new GraphQLError('name: name is taken', { extensions: { code: 'BAD_USER_INPUT', field: 'name' } })] },
      },
    ];
    renderWith(mocks, <SaveBaselineDialog open onClose={() => undefined} />);
    const name = screen.getByRole('textbox', { name: /name/i });
    await userEvent.click(screen.getByRole('button', { name: 'Save baseline' }));
    expect(name).toHaveAccessibleDescription('Give the baseline a name.');
    await userEvent.type(name, 'xxx');
    await userEvent.click(screen.getByRole('button', { name: 'Save baseline' }));
    expect(await screen.findByText('name is taken')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
  });
});
