import {
  functionalUpdate,
  rowPaginationFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type PaginationState,
  type RowData,
  type Updater,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { Page } from '../api/paging';

export const listFeatures = tableFeatures({ rowPaginationFeature });
export type ListColumn<T extends RowData> = ColumnDef<typeof listFeatures, T, any>;

interface DataTableProps<T extends RowData> {
  caption: string;
  columns: ListColumn<T>[];
  page: Page<T> | undefined;
  /** A page is on its way (the shown one may be the previous page, kept meanwhile). */
  fetching: boolean;
  pageIndex: number;
  pageSize: number;
  onPageChange(pageIndex: number): void;
  getRowId(item: T): string;
  /** "3 customers": said after every search or page change. */
  countLabel(total: number): string;
  emptyLabel: string;
  /** Content that takes a row's place, spanning all columns (an inline editor). */
  rowReplacement?(item: T): ReactNode;
}

const noRows: never[] = [];

/**
 * A server-paged list: the service searched and cut the page, the table lays it out and pages
 * through `total`. Below 640 px the rows become cards, each cell labelled with its column.
 */
export function DataTable<T extends RowData>({
  caption,
  columns,
  page,
  fetching,
  pageIndex,
  pageSize,
  onPageChange,
  getRowId,
  countLabel,
  emptyLabel,
  rowReplacement,
}: DataTableProps<T>) {
  const pagination: PaginationState = { pageIndex, pageSize };
  const table = useTable({
    features: listFeatures,
    columns,
    data: page?.items ?? (noRows as T[]),
    getRowId: (item: T) => getRowId(item),
    rowCount: page?.total ?? 0,
    manualPagination: true,
    state: { pagination },
    onPaginationChange: (updater: Updater<PaginationState>) =>
      onPageChange(functionalUpdate(updater, pagination).pageIndex),
  });
  const rows = table.getRowModel().rows;
  const pageCount = Math.max(1, table.getPageCount());

  return (
    <div className="data-table">
      <p className="table-count" role="status">
        {page ? countLabel(page.total) : 'Loading…'}
      </p>
      <table aria-busy={fetching}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => {
            const replacement = rowReplacement?.(row.original);
            if (replacement) {
              return (
                <tr key={row.id} className="row-replaced">
                  <td colSpan={columns.length}>{replacement}</td>
                </tr>
              );
            }
            return (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} data-label={String(cell.column.columnDef.header ?? '')}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {page && rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="table-empty">
                {emptyLabel}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {pageCount > 1 && (
        <nav className="pager" aria-label={`${caption}: pages`}>
          <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            Previous page
          </button>
          <span>
            Page {pageIndex + 1} of {pageCount}
          </span>
          <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
