import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

interface Announcement {
  id: number;
  text: string;
}

const AnnounceContext = createContext<(text: string) => void>(() => undefined);
const AnnouncementContext = createContext<Announcement | null>(null);

const SHOWN_FOR_MS = 8000;

/** Confirmations ("Note added") are shown for a while and read out by screen readers. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announce = useCallback((text: string) => setAnnouncement({ id: Date.now(), text }), []);
  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(() => setAnnouncement(null), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [announcement]);
  return (
    <AnnounceContext.Provider value={announce}>
      <AnnouncementContext.Provider value={announcement}>{children}</AnnouncementContext.Provider>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (text: string) => void {
  return useContext(AnnounceContext);
}

/** The polite live region where announcements appear; it is always in the page so it is heard. */
export function Announcements() {
  const announcement = useContext(AnnouncementContext);
  return (
    <div className="announcements" role="status" aria-live="polite">
      {/* A new key makes a repeated message a new one, so it is read out again. */}
      {announcement && <p key={announcement.id}>{announcement.text}</p>}
    </div>
  );
}
