import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { BaselineSlipsQuery } from '../api/baseline-slips.query';
import { CreateBaselineMutation } from '../api/create-baseline.mutation';
import { BaselineControls } from './baseline-controls';
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

describe('Baseline controls', () => {
  const baselines = [{ ...BASELINE, createdAt: '2027-01-04T09:00:00Z' }];
  const controls = (props: Partial<Parameters<typeof BaselineControls>[0]>) =>
    renderWith([], <BaselineControls baselines={baselines} value="" onChange={() => undefined} canEdit filter={undefined} {...props} />);

  it('offers a viewer the comparison and the slips, but neither saving nor deleting', () => {
    controls({ canEdit: false, value: 'b1' });
    expect(screen.getByLabelText('Compare with baseline')).toHaveValue('b1');
    expect(screen.getByRole('button', { name: 'Biggest slips' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save baseline…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete baseline' })).not.toBeInTheDocument();
  });

  it('offers an editor saving, and deleting the baseline compared with; picking one reports its id', async () => {
    const onChange = jest.fn();
    controls({ onChange });
    expect(screen.getByRole('button', { name: 'Save baseline…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete baseline' })).not.toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'FY2027-Q1 as agreed · Jan 4, 2027' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Compare with baseline'), 'b1');
    expect(onChange).toHaveBeenCalledWith('b1');
  });
});
