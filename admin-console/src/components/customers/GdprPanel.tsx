import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Customer } from '../../api/customers';
import { useAuth } from '../../auth/AuthContext';
import { formatDateTime } from '../../format';
import { useEraseSubject, useRequestExport } from '../../hooks/useGdpr';
import { useAnnounce } from '../Announcer';
import { ConfirmDialog } from '../ConfirmDialog';
import { ProblemAlert } from '../ProblemAlert';

/** The data subject's rights: a copy of everything held (Art. 15/20) and erasure (Art. 17). */
export function GdprPanel({ customer }: { customer: Customer }) {
  const { can } = useAuth();
  const requestExport = useRequestExport();
  const erase = useEraseSubject();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const subject = customer.user_id;

  function eraseSubject(userId: string) {
    erase.mutate(userId, {
      onSuccess: (receipt) => {
        const records = Object.values(receipt.erased_records).reduce((sum, count) => sum + count, 0);
        announce(`Erased the personal data of ${customer.full_name}: ${records} records (receipt ${receipt.request_id}).`);
        navigate('/customers', { replace: true });
      },
    });
  }

  return (
    <section className="panel" aria-labelledby="gdpr-heading">
      <h2 id="gdpr-heading">Personal data (GDPR)</h2>
      {subject === null ? (
        <p className="muted">
          This profile is not linked to a platform account, so there is no data subject to export or erase.
        </p>
      ) : (
        <>
          {requestExport.error && <ProblemAlert error={requestExport.error} action="Could not prepare the export" />}
          <div className="actions">
            {can('gdpr:export') && (
              <button type="button" onClick={() => requestExport.mutate(subject)} disabled={requestExport.isPending}>
                {requestExport.isPending ? 'Preparing…' : 'GDPR export'}
              </button>
            )}
            {can('gdpr:erase') && (
              <button type="button" className="danger" onClick={() => setConfirming(true)}>
                Erase personal data…
              </button>
            )}
          </div>
          {requestExport.data && (
            <p className="export-link" role="status">
              {/* The link is signed and needs no bearer token, so a plain download works. */}
              <a href={requestExport.data.zip_url} download>
                Download the export (ZIP)
              </a>{' '}
              — the link works until {formatDateTime(requestExport.data.expires_at)}.
            </p>
          )}
          <ConfirmDialog
            open={confirming}
            title={`Erase the personal data of ${customer.full_name}?`}
            confirmLabel="Erase permanently"
            busy={erase.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() => eraseSubject(subject)}
          >
            <p>
              Their account and sessions, every customer profile with its notes, tags, orders and avatar are
              deleted, and they are removed from the audit trail. This cannot be undone.
            </p>
            {erase.error && <ProblemAlert error={erase.error} action="Could not erase the personal data" />}
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
