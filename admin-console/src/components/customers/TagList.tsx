/** A customer's tags as small labels. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="tags">
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
