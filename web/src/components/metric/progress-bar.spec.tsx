import { render, screen } from '@testing-library/react';
import { ProgressBar } from './progress-bar';

describe('ProgressBar', () => {
  it('shows a regression with its minus sign and says so to screen readers', () => {
    render(<ProgressBar progress={-0.35} label="Progress of churn" />);
    expect(screen.getByText('−35%')).toBeInTheDocument();
    const meter = screen.getByRole('meter', { name: 'Progress of churn' });
    expect(meter).toHaveAttribute('aria-valuenow', '-35');
    expect(meter).toHaveAttribute('aria-valuetext', expect.stringContaining('regressed'));
  });

  it('shows an overshoot above 100% and nothing when there is no measurement', () => {
    const { rerender } = render(<ProgressBar progress={1.12} label="p" />);
    expect(screen.getByText('112%')).toBeInTheDocument();
    rerender(<ProgressBar progress={null} label="p" />);
    expect(screen.getByText('—')).toBeInTheDocument();
    // A meter must have a value: without one it is a labelled picture, not a meter at 0.
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'p: no measurement yet' })).toBeInTheDocument();
  });
});
