import "./Skeleton.css";

/** Grey placeholder rows while the first answer is on its way; hidden from screen readers, which get the label. */
export function SkeletonList({ rows = 6, label }: { rows?: number; label: string }) {
  return (
    <div role="status" aria-label={label} className="skeleton-list">
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="skeleton-row" aria-hidden="true">
          <span className="skeleton-line skeleton-line--short" />
          <span className="skeleton-line" />
          <span className="skeleton-line skeleton-line--medium" />
        </div>
      ))}
    </div>
  );
}
