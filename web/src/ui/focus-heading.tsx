import { useEffect, useRef, type ReactNode } from 'react';

/** A page's h1 that takes focus when it appears, so a screen change is announced and Tab starts here. */
export function FocusHeading({ children, focus = true }: { children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
