import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's one h1. It takes focus when the page appears, so after a client-side navigation a
 * screen reader starts at the new page rather than at the link that led there.
 */
export function PageHeading({ children, title, id }: { children: ReactNode; title: string; id?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Customer Platform console`;
  }, [title]);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h1 ref={heading} id={id} tabIndex={-1}>
      {children}
    </h1>
  );
}
