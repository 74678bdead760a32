import { http } from './client';
import { limitOffset, type Page, type PageRequest } from './paging';

export type CompanyStatus = 'active' | 'inactive' | 'suspended';
export const COMPANY_STATUSES: readonly CompanyStatus[] = ['active', 'inactive', 'suspended'];

export interface CompanySummary {
  id: number;
  uuid: string;
  name: string;
  company_key: string;
  status: CompanyStatus;
  days_credit: number;
  total_users: number;
  total_active_users: number;
}

export interface Company {
  id: number;
  uuid: string;
  company_id: string;
  name: string;
  business_name: string | null;
  document_type: string | null;
  document_number: string | null;
  status: CompanyStatus;
  active: boolean;
  days_credit: number;
  total_users: number;
  total_active_users: number;
  created_at: string;
  updated_at: string;
}

export interface DocumentType {
  id: number;
  name: string;
  code: string;
  country: string | null;
  active: boolean;
}

export interface CompanyQuery extends PageRequest {
  search: string;
  status: CompanyStatus | '';
}

export interface NewCompany {
  name: string;
  business_name?: string;
  document_type?: string;
  document_number?: string;
  days_credit?: number;
  company_id?: string;
}

export type CompanyChanges = Partial<{
  name: string;
  business_name: string | null;
  document_type: string;
  document_number: string;
  days_credit: number;
  status: CompanyStatus;
}>;

const companyPath = (key: string) => `/api/v1/companies/${encodeURIComponent(key)}`;

export async function listCompanies(
  { search, status, ...page }: CompanyQuery,
  signal?: AbortSignal,
): Promise<Page<CompanySummary>> {
  const { data } = await http.get<{ companies: CompanySummary[]; total: number }>('/api/v1/companies', {
    params: { ...limitOffset(page), search: search || undefined, status: status || undefined },
    signal,
  });
  return { items: data.companies, total: data.total };
}

export async function getCompany(key: string, signal?: AbortSignal): Promise<Company> {
  const { data } = await http.get<Company>(companyPath(key), { signal });
  return data;
}

export async function createCompany(company: NewCompany): Promise<Company> {
  const { data } = await http.post<Company>('/api/v1/companies', company);
  return data;
}

export async function updateCompany(key: string, changes: CompanyChanges): Promise<Company> {
  const { data } = await http.put<Company>(companyPath(key), changes);
  return data;
}

export async function listDocumentTypes(signal?: AbortSignal): Promise<DocumentType[]> {
  const { data } = await http.get<DocumentType[]>('/api/v1/document-types', { signal });
  return data;
}
