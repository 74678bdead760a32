import { http } from './client';

export interface ExportLink {
  /** Works without a bearer token until `expires_at`: a plain link can download it. */
  zip_url: string;
  expires_at: string;
}

export interface ErasureReceipt {
  request_id: string;
  requested_at: string;
  completed_at: string;
  erased_records: Record<string, number>;
}

export async function requestExport(userId: string): Promise<ExportLink> {
  const { data } = await http.post<ExportLink>('/v1/customers/gdpr/export', { user_id: userId });
  return data;
}

export async function eraseSubject(userId: string): Promise<ErasureReceipt> {
  const { data } = await http.post<ErasureReceipt>('/v1/customers/gdpr/erase', { user_id: userId });
  return data;
}
