/** One page of a list and how many items the whole list holds. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** A zero-based page of a given size; the service speaks limit and offset. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

export function limitOffset({ page, pageSize }: PageRequest): { limit: number; offset: number } {
  return { limit: pageSize, offset: page * pageSize };
}
