import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/problem';
import { ProblemAlert } from './ProblemAlert';

describe('ProblemAlert', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lists the fields the service named, without repeating them in the detail', () => {
    const problem = new ApiProblem({
      status: 422,
      errorCode: 'VALIDATION_FAILED',
      title: 'Unprocessable Content',
      detail: 'full_name: must be 2 to 200 characters',
      fieldErrors: [{ field: 'full_name', message: 'must be 2 to 200 characters' }],
    });

    render(<ProblemAlert error={problem} action="Could not save Maria Pop" />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not save Maria Pop. Some fields need attention.');
    expect(screen.getByRole('listitem')).toHaveTextContent('Full name: must be 2 to 200 characters');
    expect(alert).not.toHaveTextContent('full_name:');
  });

  it('shows the service detail for a problem without fields', () => {
    const problem = new ApiProblem({ status: 404, errorCode: 'CUSTOMER_NOT_FOUND', title: 'Not Found', detail: 'No customer c1' });

    render(<ProblemAlert error={problem} />);

    expect(screen.getByRole('alert')).toHaveTextContent('It was not found; it may have been deleted.No customer c1');
  });

  it('counts down the wait a 429 asked for', () => {
    const problem = new ApiProblem({
      status: 429,
      errorCode: 'RATE_LIMITED',
      title: 'Too Many Requests',
      detail: 'Too many changes to this customer; retry in 3 s',
      retryAfterSeconds: 3,
    });

    render(<ProblemAlert error={problem} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Too many changes in a short time');
    expect(screen.getByText('You can try again in 3 seconds.')).toBeInTheDocument();
    expect(screen.queryByText(/retry in 3 s/)).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByText('You can try again in 1 second.')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('You can try again now.')).toBeInTheDocument();
  });

  it('gives the request id to quote for a server error', () => {
    const problem = new ApiProblem({ status: 500, errorCode: 'INTERNAL_ERROR', title: 'Internal Server Error', requestId: 'req-42' });

    render(<ProblemAlert error={problem} />);

    expect(screen.getByRole('alert')).toHaveTextContent('quote reference req-42');
  });
});
