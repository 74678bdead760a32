import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A form that opens within the page (new user, edit company). Focus moves to its heading when it
 * opens and back to the button that opened it when it closes.
 */
export function FormPanel({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <section className="panel form-panel" aria-labelledby={headingId}>
      <h2 ref={heading} id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
